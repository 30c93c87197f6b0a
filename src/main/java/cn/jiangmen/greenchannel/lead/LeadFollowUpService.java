package cn.jiangmen.greenchannel.lead;

import cn.jiangmen.greenchannel.audit.AuditLog;
import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.project.Project;
import cn.jiangmen.greenchannel.project.ProjectService;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import cn.jiangmen.greenchannel.organisation.OrganisationGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Lead handling after the owner county has the lead (domain.md §10.18): the warning before the
 * acknowledge and judge deadlines, the project's one lead-follow-up instance (feedback to the
 * referrer, progress reports until signing), and what it records. Runs inside the engine's
 * transaction; every write is idempotent by its key.
 */
@Service
public class LeadFollowUpService {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final LeadFollowUpRepository repository;
    private final ProjectService projects;
    private final AuditLog audit;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;

    public LeadFollowUpService(LeadFollowUpRepository repository, ProjectService projects, AuditLog audit,
            RuntimeService runtimeService, TaskService taskService, IdentityService identityService) {
        this.repository = repository;
        this.projects = projects;
        this.audit = audit;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /** §10.18 through lead-deadlines: feedback is owed after any judgement, reports only for a pursued lead. */
    public static boolean owed(int feedbackDays, int reportIntervalDays, boolean pursued) {
        return feedbackDays > 0 || (pursued && reportIntervalDays > 0);
    }

    /**
     * Starts the project's one lead-follow-up (business key = project code) when something is owed.
     * The project code is claimed in {@code lead_follow_up} first: a second call (a retried step,
     * a moved token) starts nothing. Returns the new instance id.
     */
    public Optional<String> start(String code, String judgement, int feedbackDays, int reportIntervalDays,
            Map<String, Object> projectFacts) {
        boolean pursued = LifecycleProcess.Outcome.PURSUE.equals(judgement);
        if (!owed(feedbackDays, reportIntervalDays, pursued)) {
            return Optional.empty();
        }
        LocalDateTime now = Zones.now();
        if (!repository.claimFollowUp(code, judgement, now)) {
            return Optional.empty();
        }
        Map<String, Object> variables = new HashMap<>(projectFacts);
        variables.put(LifecycleProcess.Var.PROJECT_CODE, code);
        variables.put(LifecycleProcess.Var.JUDGEMENT, judgement);
        variables.put(LifecycleProcess.Var.FEEDBACK_DAYS, feedbackDays);
        variables.put(LifecycleProcess.Var.REPORT_INTERVAL_DAYS, reportIntervalDays);
        variables.put(LeadFollowUpProcess.Var.LEAD_REGISTERED_ON,
                repository.registeredOn(code).orElse(now.toLocalDate()).toString());
        variables.put(LeadFollowUpProcess.Var.FOLLOW_UP_STARTED_ON, now.toLocalDate().toString());
        variables.put(LeadFollowUpProcess.Var.REPORT_ROUND, 1);
        String instanceId = runtimeService.startProcessInstanceByKey(LeadFollowUpProcess.KEY, code, variables).getId();
        repository.setFollowUpInstance(code, instanceId);
        audit.record(null, "LEAD_FOLLOW_UP_STARTED", code, null,
                (pursued ? "继续跟进" : "放弃跟进") + "：反馈推荐方 " + feedbackDays + " 日"
                        + (pursued && reportIntervalDays > 0 ? "，每 " + reportIntervalDays + " 日报告进展" : ""),
                code + ":lead-follow-up", now);
        return Optional.of(instanceId);
    }

    /**
     * Ends the progress reports of the project's follow-up (signed, or the lifecycle ended). Nothing
     * happens when there is no follow-up or it is not waiting for reports (smaller leads, dropped
     * leads, reports already ended); an open feedback task is left as it is.
     */
    public void endReports(String code) {
        runtimeService.createMessageCorrelation(LeadFollowUpProcess.MESSAGE_ENDED)
                .processInstanceBusinessKey(code).correlateAll();
    }

    /**
     * 预警 on an open lead task: recorded once per task on the project record; only the step that
     * records it raises the task's priority (never lowers it) and leaves a comment in Chinese that
     * Tasklist shows with the task. Returns false when the task is done or was warned before.
     */
    public boolean warn(String code, String processInstanceId, String taskKey, int priority, double share) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            return false;
        }
        LocalDateTime now = Zones.now();
        if (!repository.insertWarning(code, taskKey, task.getId(), task.getDueDate(), now)) {
            return false;
        }
        if (task.getPriority() < priority) {
            taskService.setPriority(task.getId(), priority);
        }
        String due = task.getDueDate() == null ? "" : "将于 "
                + LocalDateTime.ofInstant(task.getDueDate().toInstant(), Zones.CHINA).format(DUE) + " 到期，";
        String message = "【预警】“" + task.getName() + "”" + due + "办理时限已用去" + Math.round(share * 100) + "%，请尽快办理。";
        taskService.createComment(task.getId(), processInstanceId, message);
        audit.record(null, "LEAD_TASK_WARNED", code, null, task.getName() + "：" + message,
                code + ":warning:" + taskKey, now);
        return true;
    }

    /**
     * Candidate users of follow-up tasks, from the record: the lead's owner while they belong to the
     * owner county (a transfer moves the project away from them), and the commissioner, once named.
     */
    public List<String> candidateUsers(String code) {
        Project project = projects.get(code);
        List<String> users = new ArrayList<>();
        if (project.leadOwner() != null
                && isMember(project.leadOwner(), OrganisationGroups.countyGroup(project.ownerCounty()))) {
            users.add(project.leadOwner());
        }
        if (project.commissionerId() != null && !users.contains(project.commissionerId())) {
            users.add(project.commissionerId());
        }
        return users;
    }

    /**
     * The commissioner appointed after the follow-up started (§10.4) may work its open tasks too:
     * added as candidate user (the engine grants the task to the candidate), never as assignee.
     */
    public void offerToCommissioner(String code) {
        String commissioner = projects.get(code).commissionerId();
        if (commissioner == null) {
            return;
        }
        for (Task task : taskService.createTaskQuery().processDefinitionKey(LeadFollowUpProcess.KEY)
                .processInstanceBusinessKey(code).listPage(0, 100)) {
            boolean candidate = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(l -> commissioner.equals(l.getUserId()));
            if (!candidate) {
                taskService.addCandidateUser(task.getId(), commissioner);
            }
        }
    }

    /** Ids of the open tasks of the project's lead-follow-up. */
    public List<String> openTaskIds(String code) {
        return taskService.createTaskQuery().processDefinitionKey(LeadFollowUpProcess.KEY)
                .processInstanceBusinessKey(code).listPage(0, 100).stream().map(Task::getId).toList();
    }

    /** A membership look-up for the engine, not an action of the caller: without the caller's user permissions. */
    private boolean isMember(String userId, String groupId) {
        CommandContext context = Context.getCommandContext();
        boolean checked = context != null && context.isAuthorizationCheckEnabled();
        if (checked) {
            context.disableAuthorizationCheck();
        }
        try {
            return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
        } finally {
            if (checked) {
                context.enableAuthorizationCheck();
            }
        }
    }

    /** Reports are owed while the project is neither signed nor finished. */
    public boolean reportStillDue(String code) {
        return !projects.get(code).status().isFinal() && !repository.signed(code);
    }

    public void recordFeedback(String code, LeadFeedback feedback, String by) {
        LocalDateTime now = Zones.now();
        if (repository.insertFeedback(code, feedback.fedBackOn(), feedback.channel(), feedback.content(), by, now)) {
            audit.record(by, "LEAD_FEEDBACK", code, null, feedback.fedBackOn() + " " + feedback.channel() + "："
                    + feedback.content(), code + ":lead-feedback", now);
        }
    }

    public void recordReport(String code, int round, LeadProgressReport report, String by) {
        LocalDateTime now = Zones.now();
        if (repository.insertReport(code, round, report.summary(), report.nextStep(), report.expectedSigningOn(), by,
                now)) {
            audit.record(by, "LEAD_PROGRESS_REPORTED", code, null, "第" + round + "次：" + report.summary(),
                    code + ":lead-report:" + round, now);
        }
    }
}
