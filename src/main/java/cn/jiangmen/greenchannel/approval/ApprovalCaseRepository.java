package cn.jiangmen.greenchannel.approval;

import cn.jiangmen.greenchannel.common.IdempotentInsert;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Approval cases and their clock pauses. */
@Repository
public class ApprovalCaseRepository {

    private final JdbcTemplate jdbc;
    private final String insertCase;
    private final String insertPause;

    public ApprovalCaseRepository(JdbcTemplate jdbc, IdempotentInsert idempotent) {
        this.jdbc = jdbc;
        this.insertCase = idempotent.sql("greenchannel.approval_case", List.of("case_id", "project_code",
                "stage_instance_id", "item_code", "applicant_credit_code", "opened_at"), List.of("case_id"));
        this.insertPause = idempotent.sql("greenchannel.approval_pause",
                List.of("case_id", "seq", "started_at", "reason"), List.of("case_id", "seq"));
    }

    public void open(String caseId, String code, String stageInstanceId, String itemCode, String creditCode,
            LocalDateTime now) {
        jdbc.update(insertCase, caseId, code, stageInstanceId, itemCode, creditCode, Timestamp.valueOf(now));
    }

    public void mode(String caseId, String mode, String reason, int limitDays, String missing, LocalDateTime dueAt) {
        jdbc.update("UPDATE greenchannel.approval_case SET mode = ?, mode_reason = ?, limit_days = ?, "
                + "missing_materials = ?, due_at = ? WHERE case_id = ?", mode, reason, limitDays, missing,
                Timestamp.valueOf(dueAt), caseId);
    }

    public void accepted(String caseId, LocalDateTime at) {
        jdbc.update("UPDATE greenchannel.approval_case SET accepted_at = ? WHERE case_id = ? AND accepted_at IS NULL",
                Timestamp.valueOf(at), caseId);
    }

    public void dueAt(String caseId, LocalDateTime dueAt) {
        jdbc.update("UPDATE greenchannel.approval_case SET due_at = ? WHERE case_id = ?", Timestamp.valueOf(dueAt), caseId);
    }

    public void supplementDeadline(String caseId, LocalDate deadline) {
        jdbc.update("UPDATE greenchannel.approval_case SET supplement_deadline = ? WHERE case_id = ?",
                Date.valueOf(deadline), caseId);
    }

    public void decided(String caseId, String outcome, String reason, String by, LocalDateTime at, int used,
            String clockStatus, String followUpKind) {
        jdbc.update("UPDATE greenchannel.approval_case SET outcome = ?, outcome_reason = ?, decided_by = ?, "
                + "decided_at = ?, working_days_used = ?, clock_status = ?, follow_up_kind = ?, follow_up_status = ? "
                + "WHERE case_id = ? AND outcome IS NULL", outcome, reason, by, Timestamp.valueOf(at), used, clockStatus,
                followUpKind, "NONE".equals(followUpKind) ? "NONE" : "OPEN", caseId);
    }

    public void followUpStatus(String caseId, String status) {
        jdbc.update("UPDATE greenchannel.approval_case SET follow_up_status = ? WHERE case_id = ?", status, caseId);
    }

    public Map<String, Object> get(String caseId) {
        return jdbc.queryForMap("SELECT * FROM greenchannel.approval_case WHERE case_id = ?", caseId);
    }

    public void pause(String caseId, String reason, LocalDateTime at) {
        Integer seq = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) + 1 FROM greenchannel.approval_pause "
                + "WHERE case_id = ? AND ended_at IS NOT NULL", Integer.class, caseId);
        Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.approval_pause WHERE case_id = ? "
                + "AND ended_at IS NULL", Integer.class, caseId);
        if (open == 0) {
            jdbc.update(insertPause, caseId, seq, Timestamp.valueOf(at), reason);
        }
    }

    /** Ends the open pause; returns its interval, or null when none was open. */
    public LocalDateTime[] resume(String caseId, LocalDateTime at) {
        List<LocalDateTime> started = jdbc.queryForList("SELECT started_at FROM greenchannel.approval_pause "
                + "WHERE case_id = ? AND ended_at IS NULL", Timestamp.class, caseId).stream()
                .map(Timestamp::toLocalDateTime).toList();
        if (started.isEmpty()) {
            return null;
        }
        jdbc.update("UPDATE greenchannel.approval_pause SET ended_at = ? WHERE case_id = ? AND ended_at IS NULL",
                Timestamp.valueOf(at), caseId);
        return new LocalDateTime[] {started.get(0), at};
    }

    public List<LocalDateTime[]> pauses(String caseId) {
        return jdbc.query("SELECT started_at, ended_at FROM greenchannel.approval_pause WHERE case_id = ? "
                + "AND ended_at IS NOT NULL ORDER BY seq", (rs, i) -> new LocalDateTime[] {
                        rs.getTimestamp(1).toLocalDateTime(), rs.getTimestamp(2).toLocalDateTime()}, caseId);
    }

    public List<Map<String, Object>> cases(String projectCode) {
        return jdbc.queryForList("SELECT * FROM greenchannel.approval_case WHERE project_code = ? ORDER BY opened_at",
                projectCode);
    }

    /** Per item and department: cases decided, average working days used, limit, mode shares, overdue. */
    public List<Map<String, Object>> performance() {
        return jdbc.queryForList("""
                SELECT i.code AS item_code, i.name AS item_name, i.department_group,
                  COUNT(c.case_id) AS cases,
                  COUNT(c.decided_at) AS decided,
                  AVG(CAST(c.working_days_used AS DOUBLE PRECISION)) AS avg_working_days,
                  MAX(c.limit_days) AS max_limit_days,
                  SUM(CASE WHEN c.mode = 'STANDARD' THEN 1 ELSE 0 END) AS standard_cases,
                  SUM(CASE WHEN c.mode = 'COMMITMENT' THEN 1 ELSE 0 END) AS commitment_cases,
                  SUM(CASE WHEN c.mode = 'TOLERANT' THEN 1 ELSE 0 END) AS tolerant_cases,
                  SUM(CASE WHEN c.clock_status = 'OVERDUE' THEN 1 ELSE 0 END) AS overdue_cases
                FROM greenchannel.approval_item i
                LEFT JOIN greenchannel.approval_case c ON c.item_code = i.code
                GROUP BY i.code, i.name, i.department_group, i.sort_order
                ORDER BY i.sort_order""");
    }
}
