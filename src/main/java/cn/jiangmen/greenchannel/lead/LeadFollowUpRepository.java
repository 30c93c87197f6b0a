package cn.jiangmen.greenchannel.lead;

import cn.jiangmen.greenchannel.common.IdempotentInsert;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The lead follow-up on the project record (V8): one follow-up per project, one warning per lead
 * task, one feedback, one row per progress report. Every insert is idempotent by its key, so a
 * retried step writes nothing twice and never aborts the engine's transaction on PostgreSQL.
 */
@Repository
public class LeadFollowUpRepository {

    private final JdbcTemplate jdbc;
    private final String insertFollowUp;
    private final String insertWarning;
    private final String insertFeedback;
    private final String insertReport;

    public LeadFollowUpRepository(JdbcTemplate jdbc, IdempotentInsert idempotent) {
        this.jdbc = jdbc;
        this.insertFollowUp = idempotent.sql("greenchannel.lead_follow_up",
                List.of("project_code", "judgement", "started_at"), List.of("project_code"));
        this.insertWarning = idempotent.sql("greenchannel.lead_warning",
                List.of("project_code", "task_key", "task_id", "due_at", "warned_at"), List.of("project_code", "task_key"));
        this.insertFeedback = idempotent.sql("greenchannel.lead_feedback",
                List.of("project_code", "fed_back_on", "channel", "content", "recorded_by", "recorded_at"),
                List.of("project_code"));
        this.insertReport = idempotent.sql("greenchannel.lead_progress_report",
                List.of("project_code", "report_round", "summary", "next_step", "expected_signing_on", "reported_by",
                        "reported_at"),
                List.of("project_code", "report_round"));
    }

    /** Claims the project's one follow-up; false if it was claimed before. */
    public boolean claimFollowUp(String code, String judgement, LocalDateTime now) {
        return jdbc.update(insertFollowUp, code, judgement, Timestamp.valueOf(now)) == 1;
    }

    public void setFollowUpInstance(String code, String processInstanceId) {
        jdbc.update("UPDATE greenchannel.lead_follow_up SET process_instance_id = ? WHERE project_code = ?",
                processInstanceId, code);
    }

    /** Records the warning on one lead task; false if it was recorded before. */
    public boolean insertWarning(String code, String taskKey, String taskId, java.util.Date dueAt, LocalDateTime now) {
        return jdbc.update(insertWarning, code, taskKey, taskId,
                dueAt == null ? null : new Timestamp(dueAt.getTime()), Timestamp.valueOf(now)) == 1;
    }

    public boolean insertFeedback(String code, LocalDate fedBackOn, String channel, String content, String by,
            LocalDateTime now) {
        return jdbc.update(insertFeedback, code, Date.valueOf(fedBackOn), channel, content, by,
                Timestamp.valueOf(now)) == 1;
    }

    public boolean insertReport(String code, int round, String summary, String nextStep, LocalDate expectedSigningOn,
            String by, LocalDateTime now) {
        return jdbc.update(insertReport, code, round, summary, nextStep,
                expectedSigningOn == null ? null : Date.valueOf(expectedSigningOn), by, Timestamp.valueOf(now)) == 1;
    }

    public Optional<LocalDate> registeredOn(String code) {
        return jdbc.queryForList("SELECT reached_on FROM greenchannel.milestone WHERE project_code = ? "
                + "AND milestone_type = 'LEAD_REGISTERED'", Date.class, code).stream().findFirst().map(Date::toLocalDate);
    }

    public boolean signed(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.agreement WHERE project_code = ?",
                Integer.class, code) > 0;
    }
}
