package cn.jiangmen.greenchannel.supervision;

import cn.jiangmen.greenchannel.approval.StageProcess;
import cn.jiangmen.greenchannel.lead.LeadFollowUpProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.transfer.TransferProcess;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Engine queries the reports and the supervision scan make on behalf of the system, not of the
 * caller: overdue work is counted for every project whoever asks (the caller's own access is
 * applied to the rows afterwards, by {@link ReportAccess}). The caller's engine authentication is
 * set aside for the query and restored after it; queries are paged, never unbounded.
 */
@Component
public class SystemQueries {

    static final int PAGE = 500;

    /** The processes whose due dates are supervised: the project's own work (not supervision itself). */
    /**
     * Every process whose task due dates are supervised (issue 7: one mechanism for lead handling,
     * milestones, approvals, transfer answers); the lead units are the overdue task's candidates.
     */
    public static final String[] SUPERVISED_PROCESSES = {LifecycleProcess.KEY, LeadFollowUpProcess.KEY,
            StageProcess.KEY, TransferProcess.KEY};

    /** An open task past its due date, with the project (business key) it belongs to. */
    public record OverdueTask(String taskId, String taskDefinitionKey, String name, Date due,
            String processInstanceId, String projectCode) {
    }

    private final IdentityService identityService;
    private final TaskService taskService;
    private final RuntimeService runtimeService;

    public SystemQueries(IdentityService identityService, TaskService taskService, RuntimeService runtimeService) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    public <T> T asSystem(Supplier<T> query) {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null) {
            return query.get();
        }
        identityService.clearAuthentication();
        try {
            return query.get();
        } finally {
            identityService.setAuthentication(caller);
        }
    }

    /** Every open task due before {@code now} whose process has a business key (a project code). */
    public List<OverdueTask> overdueTasks(Date now) {
        return asSystem(() -> {
            List<OverdueTask> out = new ArrayList<>();
            for (int first = 0; ; first += PAGE) {
                List<Task> page = taskService.createTaskQuery().dueBefore(now).active()
                        .processDefinitionKeyIn(SUPERVISED_PROCESSES)
                        .orderByTaskId().asc().listPage(first, PAGE);
                java.util.Map<String, String> keys = businessKeys(page.stream()
                        .map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull).distinct().toList());
                for (Task t : page) {
                    String key = t.getProcessInstanceId() == null ? null : keys.get(t.getProcessInstanceId());
                    if (key != null) {
                        out.add(new OverdueTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getDueDate(),
                                t.getProcessInstanceId(), key));
                    }
                }
                if (page.size() < PAGE) {
                    return out;
                }
            }
        });
    }

    /** Whether a task still exists (open). */
    public boolean taskOpen(String taskId) {
        return asSystem(() -> taskService.createTaskQuery().taskId(taskId).count() > 0);
    }

    private java.util.Map<String, String> businessKeys(List<String> processInstanceIds) {
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return keys;
        }
        List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
                .processInstanceIds(new java.util.HashSet<>(processInstanceIds))
                .listPage(0, processInstanceIds.size());
        for (ProcessInstance pi : instances) {
            if (pi.getBusinessKey() != null) {
                keys.put(pi.getId(), pi.getBusinessKey());
            }
        }
        return keys;
    }
}
