package cn.jiangmen.greenchannel.approval;

import static cn.jiangmen.greenchannel.approval.GreenChannelProcess.Var.*;

import cn.jiangmen.greenchannel.audit.AuditLog;
import cn.jiangmen.greenchannel.calendar.CalendarService;
import cn.jiangmen.greenchannel.calendar.WorkingDays;
import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.organisation.OrganisationGroups;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Delegates of green-channel-stage, approval-item and approval-follow-up: each reads the checked
 * variables, calls one service, writes flat results. The case is keyed by the item's instance id.
 */
@Configuration
public class GreenChannelDelegates {

    private final ApprovalCatalogue catalogue;
    private final ApprovalCaseService cases;
    private final StageService stages;
    private final CreditService credit;
    private final WorkingDays workingDays;
    private final CalendarService calendars;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    public GreenChannelDelegates(ApprovalCatalogue catalogue, ApprovalCaseService cases, StageService stages,
            CreditService credit, WorkingDays workingDays, CalendarService calendars, RuntimeService runtimeService,
            IdentityService identityService, AuditLog audit, JdbcTemplate jdbc) {
        this.catalogue = catalogue;
        this.cases = cases;
        this.stages = stages;
        this.credit = credit;
        this.workingDays = workingDays;
        this.calendars = calendars;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    private static int integer(DelegateExecution e, String name) {
        return ((Number) e.getVariable(name)).intValue();
    }

    private static String text(DelegateExecution e, String name) {
        Object v = e.getVariable(name);
        return v == null ? null : v.toString();
    }

    private static LocalDateTime china(Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), Zones.CHINA);
    }

    private static Date date(LocalDateTime t) {
        return Date.from(t.atZone(Zones.CHINA).toInstant());
    }

    // ---- green-channel-stage ---------------------------------------------------------------------

    /** The catalogue's proposal for this project and stage, for the lead department to confirm. */
    @Bean
    @SuppressWarnings("unchecked")
    public JavaDelegate proposeItemsDelegate() {
        return execution -> {
            List<String> proposed = (List<String>) execution.getVariable(PROPOSED_ITEM_LIST);
            execution.setVariable(PROPOSED_ITEMS, proposed.stream()
                    .map(code -> code + " " + catalogue.item(code).map(ApprovalCatalogue.Item::name).orElse(code))
                    .collect(Collectors.joining("\n")));
            execution.setVariable(CONFIRMED_ITEMS, String.join(",", proposed));
            execution.removeVariable(PROPOSED_ITEM_LIST);
        };
    }

    /** Every item decided: the stage is approved, or returned with the reasons of the rejected items. */
    @Bean
    public JavaDelegate concludeStageDelegate() {
        return execution -> {
            List<Map<String, Object>> rejected = jdbc.queryForList("SELECT i.name, c.outcome_reason FROM "
                    + "greenchannel.approval_case c JOIN greenchannel.approval_item i ON i.code = c.item_code "
                    + "WHERE c.stage_instance_id = ? AND c.outcome = 'REJECTED' ORDER BY i.sort_order",
                    execution.getProcessInstanceId());
            String outcome = rejected.isEmpty() ? StageProcess.APPROVED : StageProcess.RETURNED;
            String reasons = rejected.stream().map(r -> r.get("name") + "：" + r.get("outcome_reason"))
                    .collect(Collectors.joining("；"));
            stages.decide(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                    integer(execution, StageProcess.Var.STAGE), outcome, reasons, Actor.of(identityService));
            execution.setVariable(StageProcess.Var.STAGE_OUTCOME, outcome);
            execution.setVariable(StageProcess.Var.STAGE_RETURN_REASON, reasons);
        };
    }

    // ---- approval-item ---------------------------------------------------------------------------

    @Bean
    @SuppressWarnings("unchecked")
    public JavaDelegate openCaseDelegate() {
        return execution -> {
            Map<String, Object> rules = (Map<String, Object>) execution.getVariable(ITEM_RULES);
            rules.forEach(execution::setVariable);
            execution.removeVariable(ITEM_RULES);
            String itemCode = text(execution, ITEM_CODE);
            ApprovalCatalogue.Item item = catalogue.item(itemCode).orElseThrow();
            execution.setVariable(ITEM_NAME, item.name());
            execution.setVariable(DEPARTMENT_GROUP, item.departmentGroup());
            execution.setVariable(DEPARTMENT_NAME, OrganisationGroups.fixedGroups().getOrDefault(item.departmentGroup(),
                    item.departmentGroup()));
            execution.setVariable(MATERIAL_LIST, catalogue.materialList(itemCode));
            execution.setVariable(CASE_ID, execution.getProcessInstanceId());
            String status = cases.open(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                    text(execution, STAGE_INSTANCE_ID), itemCode);
            execution.setVariable(CREDIT_STATUS, status);
            if (Boolean.TRUE.equals(execution.getVariable(FORCE_STANDARD))) {
                execution.setVariable(COMMITMENT_ALLOWED, false);
                execution.setVariable(TOLERANT_ALLOWED, false);
            }
        };
    }

    /** The mode of {@code approval-mode}, and the limit it runs against from now. */
    @Bean
    @SuppressWarnings("unchecked")
    public JavaDelegate applyModeDelegate() {
        return execution -> {
            Map<String, Object> decision = (Map<String, Object>) execution.getVariable(MODE_DECISION_RESULT);
            String mode = (String) decision.get(MODE);
            String reason = (String) decision.get(MODE_REASON);
            if (Boolean.TRUE.equals(execution.getVariable(FORCE_STANDARD))) {
                mode = GreenChannelProcess.STANDARD;
                reason = "审批撤销后按一般程序重新申报";
            }
            execution.removeVariable(MODE_DECISION_RESULT);
            int limit = GreenChannelProcess.COMMITMENT.equals(mode) ? integer(execution, COMMITMENT_DAYS)
                    : integer(execution, PROMISED_DAYS);
            LocalDateTime due = cases.applyMode(execution.getProcessInstanceId(), mode, reason, limit,
                    text(execution, MISSING_MATERIALS));
            execution.setVariable(MODE, mode);
            execution.setVariable(MODE_REASON, reason);
            execution.setVariable(ITEM_DUE_AT, date(due));
            execution.setVariable(ITEM_DUE_DATE, due.toLocalDate().toString());
        };
    }

    /** 受理: the check found the materials complete; recorded for the audit trail of the case. */
    @Bean
    public JavaDelegate acceptCaseDelegate() {
        return execution -> audit.record(Actor.of(identityService), "APPROVAL_ACCEPTED", execution.getProcessBusinessKey(),
                null, text(execution, ITEM_NAME), execution.getProcessInstanceId() + ":accepted", Zones.now());
    }

    @Bean
    public JavaDelegate pauseClockDelegate() {
        return execution -> cases.pause(execution.getProcessInstanceId(), "补正：" + text(execution, CORRECTION_NOTICE));
    }

    @Bean
    public JavaDelegate resumeClockDelegate() {
        return execution -> {
            LocalDateTime due = cases.resume(execution.getProcessInstanceId(),
                    china((Date) execution.getVariable(ITEM_DUE_AT)));
            execution.setVariable(ITEM_DUE_AT, date(due));
            execution.setVariable(ITEM_DUE_DATE, due.toLocalDate().toString());
        };
    }

    @Bean
    public JavaDelegate recordToleranceDelegate() {
        return execution -> cases.tolerate(execution.getProcessInstanceId(),
                LocalDate.parse(text(execution, SUPPLEMENT_DEADLINE)), china((Date) execution.getVariable(ITEM_DUE_AT)));
    }

    @Bean
    public JavaDelegate recordItemDecisionDelegate() {
        return execution -> {
            boolean approved = "APPROVE".equals(execution.getVariable(ITEM_DECISION));
            String mode = text(execution, MODE);
            String followUp = !approved ? GreenChannelProcess.NONE
                    : GreenChannelProcess.COMMITMENT.equals(mode) ? GreenChannelProcess.VERIFICATION
                    : GreenChannelProcess.TOLERANT.equals(mode) ? GreenChannelProcess.SUPPLEMENT
                    : GreenChannelProcess.NONE;
            String outcome = approved ? GreenChannelProcess.APPROVED : GreenChannelProcess.REJECTED;
            String reason = approved ? "" : text(execution, ITEM_DECISION_REASON);
            cases.decide(execution.getProcessInstanceId(), outcome, reason, Actor.of(identityService), followUp);
            execution.setVariable(ITEM_OUTCOME, outcome);
            execution.setVariable(ITEM_REASON, reason);
            execution.setVariable(FOLLOW_UP_KIND, followUp);
        };
    }

    /** The follow-up outlives the stage (§10.7): its own instance with the project's business key. */
    @Bean
    public JavaDelegate startFollowUpDelegate() {
        return execution -> {
            Map<String, Object> v = new HashMap<>();
            for (String name : List.of(CASE_ID, ITEM_CODE, ITEM_NAME, DEPARTMENT_GROUP, FOLLOW_UP_KIND, BAR_MONTHS,
                    TOLERANCE_NOTICE, SUPPLEMENT_DEADLINE, LifecycleProcess.Var.PROJECT_CODE,
                    LifecycleProcess.Var.PROJECT_NAME, LifecycleProcess.Var.OWNER_COUNTY,
                    LifecycleProcess.Var.OWNER_COUNTY_GROUP, LifecycleProcess.Var.TIER,
                    LifecycleProcess.Var.COMMISSIONER_ID)) {
                v.put(name, execution.getVariable(name));
            }
            if (GreenChannelProcess.VERIFICATION.equals(execution.getVariable(FOLLOW_UP_KIND))) {
                Date due = workingDays.dueAfter(execution.getVariable(VERIFICATION_DAYS));
                v.put(VERIFICATION_DUE_AT, due);
                v.put(VERIFICATION_DUE_DATE, china(due).toLocalDate().toString());
            } else {
                LocalDate deadline = LocalDate.parse(text(execution, SUPPLEMENT_DEADLINE));
                v.put(SUPPLEMENT_DUE_AT, date(deadline.atTime(23, 59, 59)));
                v.put(REMINDER_AT, reminderAt(deadline, integer(execution, REMINDER_DAYS)));
            }
            runtimeService.startProcessInstanceByKey(GreenChannelProcess.FOLLOW_UP_KEY,
                    execution.getProcessBusinessKey(), v);
        };
    }

    /** 09:00 on the working day {@code days} working days before the deadline, never in the past. */
    private Date reminderAt(LocalDate deadline, int days) {
        LocalDate day = deadline;
        for (int i = 0; i < days; i++) {
            day = day.minusDays(1);
            while (!calendars.calendar().isWorkingDay(day)) {
                day = day.minusDays(1);
            }
        }
        LocalDateTime at = day.atTime(9, 0);
        return date(at.isBefore(Zones.now()) ? Zones.now() : at);
    }

    // ---- approval-follow-up ----------------------------------------------------------------------

    @Bean
    public JavaDelegate closeFollowUpDelegate() {
        return execution -> cases.followUpEnded(text(execution, CASE_ID), "CLOSED");
    }

    @Bean
    public JavaDelegate orderRectificationDelegate() {
        return execution -> {
            execution.setVariable(RECTIFICATION_DUE_AT,
                    date(LocalDate.parse(text(execution, RECTIFICATION_DEADLINE)).atTime(23, 59, 59)));
            cases.followUpEnded(text(execution, CASE_ID), "RECTIFYING");
        };
    }

    /** Not rectified: the approval is revoked, the false commitment recorded and barred (§4). */
    @Bean
    public JavaDelegate revokeApprovalDelegate() {
        return execution -> {
            String caseId = text(execution, CASE_ID);
            String reason = "承诺不实且逾期未整改：" + text(execution, VERIFICATION_FINDINGS);
            credit.record(cases.applicantCreditCode(execution.getProcessBusinessKey()),
                    execution.getProcessBusinessKey(), caseId, CreditService.FALSE_COMMITMENT, reason,
                    Zones.today().plusMonths(integer(execution, BAR_MONTHS)));
            cases.followUpEnded(caseId, "REVOKED");
            revoked(execution, reason);
        };
    }

    @Bean
    public JavaDelegate sendReminderDelegate() {
        return execution -> audit.record(null, "SUPPLEMENT_REMINDER", execution.getProcessBusinessKey(), null,
                text(execution, ITEM_NAME) + "：容缺材料须于 " + text(execution, SUPPLEMENT_DEADLINE) + " 前补交",
                text(execution, CASE_ID) + ":reminder", Zones.now());
    }

    /** Deadline missed or supplement rejected: the tolerant handling ends, on the applicant's credit. */
    @Bean
    public JavaDelegate terminateToleranceDelegate() {
        return execution -> {
            String caseId = text(execution, CASE_ID);
            String reason = "REJECT".equals(text(execution, SUPPLEMENT_RESULT))
                    ? "容缺材料核验不合格：" + text(execution, SUPPLEMENT_CHECK_NOTE)
                    : "逾期未补交容缺材料（期限 " + text(execution, SUPPLEMENT_DEADLINE) + "）";
            credit.record(cases.applicantCreditCode(execution.getProcessBusinessKey()),
                    execution.getProcessBusinessKey(), caseId, CreditService.TOLERANT_TERMINATED, reason, null);
            cases.followUpEnded(caseId, "TERMINATED");
            revoked(execution, reason);
        };
    }

    @Bean
    public JavaDelegate issueLicenceDelegate() {
        return execution -> cases.followUpEnded(text(execution, CASE_ID), "LICENSED");
    }

    /** ApprovalRevoked reaches the project's running lifecycle (§10.7). */
    private void revoked(DelegateExecution execution, String reason) {
        ProcessInstance lifecycle = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(execution.getProcessBusinessKey())
                .processDefinitionKey(LifecycleProcess.KEY).singleResult();
        if (lifecycle == null) {
            return; // the project has ended: the revocation stays on the case and the credit record
        }
        runtimeService.createMessageCorrelation(GreenChannelProcess.MESSAGE_APPROVAL_REVOKED)
                .processInstanceId(lifecycle.getId())
                .setVariable(REVOKED_ITEM, text(execution, ITEM_CODE))
                .setVariable(REVOCATION_REASON, text(execution, ITEM_NAME) + "：" + reason)
                .correlate();
    }
}
