package cn.jiangmen.greenchannel.calendar;

import java.util.Date;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Due dates of tasks without a statutory limit, from the {@code task-time-limits} decision
 * (latest version, so a changed table applies to tasks created afterwards):
 * {@code camunda:dueDate="${taskLimits.due('UserTask_Negotiate')}"}.
 */
@Component("taskLimits")
public class TaskTimeLimits {

    public static final String DECISION = "task-time-limits";

    private final DecisionService decisionService;
    private final WorkingDays workingDays;

    public TaskTimeLimits(DecisionService decisionService, WorkingDays workingDays) {
        this.decisionService = decisionService;
        this.workingDays = workingDays;
    }

    public int days(String taskKey) {
        // a policy lookup for the engine, not an action of the person completing the previous task:
        // it must not depend on that person's decision permissions
        CommandContext context = Context.getCommandContext();
        boolean checked = context != null && context.isAuthorizationCheckEnabled();
        if (checked) {
            context.disableAuthorizationCheck();
        }
        Object days;
        try {
            days = decisionService.evaluateDecisionTableByKey(DECISION,
                    Variables.createVariables().putValue("taskKey", taskKey)).getSingleEntry();
        } finally {
            if (checked) {
                context.enableAuthorizationCheck();
            }
        }
        if (days == null) {
            throw new IllegalStateException("任务办理时限表缺少任务 " + taskKey + " (no row in " + DECISION + ")");
        }
        return ((Number) days).intValue();
    }

    public Date due(String taskKey) {
        return workingDays.dueAfter(days(taskKey));
    }
}
