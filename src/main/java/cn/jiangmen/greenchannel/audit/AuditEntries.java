package cn.jiangmen.greenchannel.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the audit trail for people (city centre, administrators): newest first, bounded. */
@Repository
public class AuditEntries {

    public record Entry(LocalDateTime occurredAt, String actor, String action, String before, String after) {
    }

    public static final int MAX = 500;

    private final JdbcTemplate jdbc;

    public AuditEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> forProject(String projectCode, int limit) {
        return jdbc.query("SELECT occurred_at, actor, action, before_value, after_value FROM greenchannel.audit_log "
                        + "WHERE project_code = ? ORDER BY occurred_at DESC, id DESC FETCH FIRST " + Math.min(Math.max(limit, 1), MAX)
                        + " ROWS ONLY",
                (rs, i) -> new Entry(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)),
                projectCode);
    }
}
