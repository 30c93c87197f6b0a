package cn.jiangmen.greenchannel.approval;

import cn.jiangmen.greenchannel.calendar.CalendarService;
import cn.jiangmen.greenchannel.calendar.WorkingDayCalendar;
import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Zones;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** An approval case from opening to its decision and follow-up (domain.md §4, §10.7, §10.14). */
@Service
public class ApprovalCaseService {

    private final ApprovalCaseRepository cases;
    private final CalendarService calendars;
    private final CreditService credit;
    private final JdbcTemplate jdbc;

    public ApprovalCaseService(ApprovalCaseRepository cases, CalendarService calendars, CreditService credit,
            JdbcTemplate jdbc) {
        this.cases = cases;
        this.calendars = calendars;
        this.credit = credit;
        this.jdbc = jdbc;
    }

    /** The applicant is the project company once registered, else the investor. */
    public String applicantCreditCode(String projectCode) {
        return jdbc.queryForObject("SELECT COALESCE(p.company_credit_code, a.investor_credit_code) FROM "
                + "greenchannel.project p LEFT JOIN greenchannel.agreement a ON a.project_code = p.project_code "
                + "WHERE p.project_code = ?", String.class, projectCode);
    }

    public String open(String caseId, String projectCode, String stageInstanceId, String itemCode) {
        String creditCode = applicantCreditCode(projectCode);
        cases.open(caseId, projectCode, stageInstanceId, itemCode, creditCode, Zones.now());
        return credit.status(creditCode);
    }

    /**
     * Records the mode; the limit runs from the application's receipt, today (§10.14: day 1 is the
     * next working day). 补正 before or during the review pauses it.
     */
    public LocalDateTime applyMode(String caseId, String mode, String reason, int limitDays, String missing) {
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDateTime due = calendar.addWorkingDays(Zones.today(), limitDays).atTime(23, 59, 59);
        cases.mode(caseId, mode, reason, limitDays, missing, due);
        cases.accepted(caseId, Zones.now());
        return due;
    }

    public void pause(String caseId, String reason) {
        cases.pause(caseId, reason, Zones.now());
    }

    /** Ends the pause and moves the due date by the whole working days it covered. */
    public LocalDateTime resume(String caseId, LocalDateTime currentDue) {
        LocalDateTime[] interval = cases.resume(caseId, Zones.now());
        if (interval == null) {
            return currentDue;
        }
        WorkingDayCalendar calendar = calendars.calendar();
        int paused = ApprovalClock.pausedWorkingDays(calendar, interval[0], interval[1]);
        LocalDateTime due = calendar.addWorkingDays(currentDue.toLocalDate(), paused).atTime(23, 59, 59);
        cases.dueAt(caseId, due);
        return due;
    }

    /** 容缺: the supplement deadline may not exceed the item's promised limit (§4). */
    public void tolerate(String caseId, LocalDate deadline, LocalDateTime itemDue) {
        if (deadline.isAfter(itemDue.toLocalDate())) {
            throw new BusinessRuleViolation("GC-GC-423", "补交期限不得晚于本事项承诺办结时限（" + itemDue.toLocalDate() + "）");
        }
        if (deadline.isBefore(Zones.today())) {
            throw new BusinessRuleViolation("GC-IN-006", "补交期限不能早于今天");
        }
        cases.supplementDeadline(caseId, deadline);
    }

    public String decide(String caseId, String outcome, String reason, String by, String followUpKind) {
        Map<String, Object> row = cases.get(caseId);
        LocalDateTime now = Zones.now();
        // Spring's row map ignores the case the database folds column names to
        Timestamp acceptedAt = (Timestamp) row.get("accepted_at");
        Timestamp dueAt = (Timestamp) row.get("due_at");
        Number limit = (Number) row.get("limit_days");
        LocalDate accepted = acceptedAt == null ? now.toLocalDate() : acceptedAt.toLocalDateTime().toLocalDate();
        int used = ApprovalClock.used(calendars.calendar(), accepted, now.toLocalDate(), cases.pauses(caseId));
        boolean pastDue = dueAt != null && now.isAfter(dueAt.toLocalDateTime());
        String status = ApprovalClock.status(used, limit == null ? Integer.MAX_VALUE : limit.intValue(), pastDue);
        cases.decided(caseId, outcome, reason, by, now, used, status, followUpKind);
        return status;
    }

    public void followUpEnded(String caseId, String status) {
        cases.followUpStatus(caseId, status);
    }
}
