package cn.jiangmen.greenchannel.audit;

import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.organisation.ProjectGrants;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Records every completed user task of every process in our audit table (who, when, which task of
 * which project). Added to each user task by the parse listener; runs in the completing transaction,
 * so a completion the server refuses (a rolled-back form check) leaves no entry.
 */
public class TaskCompletionAudit implements TaskListener {

    private final AuditLog audit;

    public TaskCompletionAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication authentication = Context.getProcessEngineConfiguration().getIdentityService()
                .getCurrentAuthentication();
        String actor = authentication != null ? authentication.getUserId() : task.getAssignee();
        String project = task.getExecution() == null ? null
                : ProjectGrants.projectCode((ExecutionEntity) task.getExecution())
                        .filter(code -> code.length() <= 16).orElse(null);
        audit.record(actor, "TASK_COMPLETED", project, null,
                task.getName() + "（" + task.getTaskDefinitionKey() + "）",
                "task:" + task.getId() + ":completed", Zones.now());
    }
}
