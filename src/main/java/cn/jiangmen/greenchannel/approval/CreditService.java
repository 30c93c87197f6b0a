package cn.jiangmen.greenchannel.approval;

import cn.jiangmen.greenchannel.common.IdempotentInsert;
import cn.jiangmen.greenchannel.common.Zones;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The credit gate of domain.md §4: an applicant with an unrepaired record (a false commitment, an
 * ended tolerant case) gets neither 承诺 nor 容缺; within a bar period it is BARRED.
 */
@Service
public class CreditService {

    public static final String GOOD = "GOOD";
    public static final String BAD = "BAD";
    public static final String BARRED = "BARRED";
    public static final String FALSE_COMMITMENT = "FALSE_COMMITMENT";
    public static final String TOLERANT_TERMINATED = "TOLERANT_TERMINATED";

    private final JdbcTemplate jdbc;
    private final String insert;

    public CreditService(JdbcTemplate jdbc, IdempotentInsert idempotent) {
        this.jdbc = jdbc;
        this.insert = idempotent.sql("greenchannel.credit_record", List.of("credit_code", "project_code", "case_id",
                "kind", "reason", "recorded_at", "bar_until", "dedup_key"), List.of("dedup_key"));
    }

    public String status(String creditCode) {
        if (creditCode == null) {
            return GOOD;
        }
        Integer barred = jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.credit_record WHERE credit_code = ? "
                + "AND repaired = FALSE AND bar_until IS NOT NULL AND bar_until >= ?", Integer.class, creditCode,
                Date.valueOf(Zones.today()));
        if (barred > 0) {
            return BARRED;
        }
        Integer records = jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.credit_record WHERE credit_code = ? "
                + "AND repaired = FALSE", Integer.class, creditCode);
        return records > 0 ? BAD : GOOD;
    }

    /** One record per case and kind: a retried step records nothing twice. */
    public void record(String creditCode, String projectCode, String caseId, String kind, String reason,
            LocalDate barUntil) {
        if (creditCode == null) {
            return;
        }
        jdbc.update(insert, creditCode, projectCode, caseId, kind, reason, Timestamp.valueOf(Zones.now()),
                barUntil == null ? null : Date.valueOf(barUntil), caseId + ":" + kind);
    }
}
