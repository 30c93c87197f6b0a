package cn.jiangmen.greenchannel.approval;

import cn.jiangmen.greenchannel.common.IdempotentInsert;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** One row per call of an approval stage, keyed by the stage's process instance. */
@Repository
public class StageRunRepository {

    private final JdbcTemplate jdbc;
    private final String insert;

    public StageRunRepository(JdbcTemplate jdbc, IdempotentInsert idempotent) {
        this.jdbc = jdbc;
        this.insert = idempotent.sql("greenchannel.approval_stage_run", List.of("stage_instance_id", "project_code",
                "stage", "lead_group", "limit_days", "started_at"), List.of("stage_instance_id"));
    }

    public void open(String stageInstanceId, String projectCode, int stage, String leadGroup, int limitDays,
            LocalDateTime now) {
        jdbc.update(insert, stageInstanceId, projectCode, stage, leadGroup, limitDays, Timestamp.valueOf(now));
    }

    public void decide(String stageInstanceId, String outcome, String reason, String by, LocalDateTime now) {
        jdbc.update("UPDATE greenchannel.approval_stage_run SET outcome = ?, reason = ?, decided_by = ?, decided_at = ? "
                + "WHERE stage_instance_id = ? AND outcome IS NULL",
                outcome, reason, by, Timestamp.valueOf(now), stageInstanceId);
    }

    public List<Map<String, Object>> runs(String projectCode) {
        return jdbc.queryForList("SELECT stage, outcome, reason, decided_by FROM greenchannel.approval_stage_run "
                + "WHERE project_code = ? ORDER BY started_at, stage", projectCode);
    }
}
