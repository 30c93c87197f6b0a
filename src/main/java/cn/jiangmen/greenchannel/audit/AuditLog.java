package cn.jiangmen.greenchannel.audit;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import cn.jiangmen.greenchannel.common.IdempotentInsert;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The audit trail of domain.md §10.15 (who, when, what, which project, before → after), written
 * in the same transaction as the change it records. A dedup key makes a repeated step a no-op.
 */
@Repository
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final String insert;

    public AuditLog(JdbcTemplate jdbc, IdempotentInsert idempotent) {
        this.jdbc = jdbc;
        this.insert = idempotent.sql("greenchannel.audit_log",
                List.of("occurred_at", "actor", "action", "project_code", "before_value", "after_value", "dedup_key"),
                List.of("dedup_key"));
    }

    public void record(String actor, String action, String projectCode, String before, String after,
            String dedupKey, LocalDateTime at) {
        jdbc.update(insert,
                Timestamp.valueOf(at), actor, action, projectCode, truncate(before), truncate(after), dedupKey);
    }

    public List<Map<String, Object>> forProject(String projectCode) {
        return jdbc.queryForList("SELECT occurred_at, actor, action, before_value, after_value "
                + "FROM greenchannel.audit_log WHERE project_code = ? ORDER BY id", projectCode);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }
}
