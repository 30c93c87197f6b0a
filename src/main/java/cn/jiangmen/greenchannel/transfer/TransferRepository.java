package cn.jiangmen.greenchannel.transfer;

import cn.jiangmen.greenchannel.common.IdempotentInsert;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Transfers, offers and withdrawn task candidates in schema greenchannel. */
@Repository
public class TransferRepository {

    private final JdbcTemplate jdbc;
    private final String insertActive;
    private final String insertTransfer;
    private final String insertOffer;
    private final String insertLink;

    public TransferRepository(JdbcTemplate jdbc, IdempotentInsert idempotent) {
        this.jdbc = jdbc;
        this.insertActive = idempotent.sql("greenchannel.active_transfer",
                List.of("project_code", "transfer_instance_id", "previous_status", "started_at"),
                List.of("project_code"));
        this.insertTransfer = idempotent.sql("greenchannel.project_transfer", List.of("transfer_instance_id",
                "project_code", "from_county", "reason_category", "reason", "requested_by", "requested_at"),
                List.of("transfer_instance_id"));
        this.insertOffer = idempotent.sql("greenchannel.transfer_offer",
                List.of("transfer_instance_id", "seq", "county", "offered_at"), List.of("transfer_instance_id", "seq"));
        this.insertLink = idempotent.sql("greenchannel.withdrawn_task_link",
                List.of("task_id", "link_kind", "principal", "project_code"), List.of("task_id", "link_kind", "principal"));
    }

    /** Claims the project's single transfer slot; false when another transfer holds it. */
    public boolean claimActive(String code, String transferId, String previousStatus, LocalDateTime now) {
        if (jdbc.update(insertActive, code, transferId, previousStatus, Timestamp.valueOf(now)) == 1) {
            return true;
        }
        // the same transfer retried: still ours
        return transferId.equals(activeTransferId(code).orElse(null));
    }

    public Optional<String> activeTransferId(String code) {
        return jdbc.queryForList("SELECT transfer_instance_id FROM greenchannel.active_transfer WHERE project_code = ?",
                String.class, code).stream().findFirst();
    }

    public Optional<String> previousStatus(String code) {
        return jdbc.queryForList("SELECT previous_status FROM greenchannel.active_transfer WHERE project_code = ?",
                String.class, code).stream().findFirst();
    }

    public void releaseActive(String code) {
        jdbc.update("DELETE FROM greenchannel.active_transfer WHERE project_code = ?", code);
    }

    public void insertTransfer(String transferId, String code, String fromCounty, String category, String reason,
            String requestedBy, LocalDateTime now) {
        jdbc.update(insertTransfer, transferId, code, fromCounty, category, reason, requestedBy, Timestamp.valueOf(now));
    }

    public void decideTransfer(String transferId, String outcome, String toCounty, String outcomeReason,
            String decidedBy, Double creditShareRatio, Integer creditShareYears, LocalDateTime now) {
        jdbc.update("UPDATE greenchannel.project_transfer SET outcome = ?, to_county = ?, outcome_reason = ?, "
                + "decided_by = ?, decided_at = ?, credit_share_ratio = ?, credit_share_years = ? "
                + "WHERE transfer_instance_id = ? AND outcome IS NULL",
                outcome, toCounty, outcomeReason, decidedBy, Timestamp.valueOf(now), creditShareRatio,
                creditShareYears, transferId);
    }

    public void insertOffer(String transferId, int seq, String county, LocalDateTime now) {
        jdbc.update(insertOffer, transferId, seq, county, Timestamp.valueOf(now));
    }

    public void answerOffer(String transferId, int seq, String answer, String reason, String by, LocalDateTime now) {
        jdbc.update("UPDATE greenchannel.transfer_offer SET answer = ?, answer_reason = ?, answered_by = ?, "
                + "answered_at = ? WHERE transfer_instance_id = ? AND seq = ? AND answer IS NULL",
                answer, reason, by, Timestamp.valueOf(now), transferId, seq);
    }

    public List<Map<String, Object>> history(String code) {
        return jdbc.queryForList("SELECT from_county, to_county, reason_category, reason, requested_by, requested_at, "
                + "outcome, outcome_reason, decided_by, decided_at, credit_share_ratio, credit_share_years "
                + "FROM greenchannel.project_transfer WHERE project_code = ? ORDER BY requested_at", code);
    }

    public Map<String, Integer> projectsOfChainByCounty(String chainCode) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        jdbc.query("SELECT owner_county, COUNT(*) FROM greenchannel.project WHERE chain_code = ? GROUP BY owner_county",
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                }, chainCode);
        return counts;
    }

    public void insertWithdrawnLink(String taskId, String kind, String principal, String code) {
        jdbc.update(insertLink, taskId, kind, principal, code);
    }

    public record WithdrawnLink(String taskId, String kind, String principal) {
    }

    public List<WithdrawnLink> withdrawnLinks(String code) {
        return jdbc.query("SELECT task_id, link_kind, principal FROM greenchannel.withdrawn_task_link "
                + "WHERE project_code = ?", (rs, i) -> new WithdrawnLink(rs.getString(1), rs.getString(2),
                rs.getString(3)), code);
    }

    public void clearWithdrawnLinks(String code) {
        jdbc.update("DELETE FROM greenchannel.withdrawn_task_link WHERE project_code = ?", code);
    }
}
