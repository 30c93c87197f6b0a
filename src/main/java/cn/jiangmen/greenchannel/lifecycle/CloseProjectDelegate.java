package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.project.ProjectService;
import cn.jiangmen.greenchannel.project.ProjectStatus;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Ends the project in a final status with its recorded reason. The model names the status and the
 * variable holding the reason as field injections ({@code status}, {@code reasonVariable}).
 */
@Component("closeProjectDelegate")
@Scope("prototype") // field injection sets state on the bean: one instance per resolution
public class CloseProjectDelegate implements JavaDelegate {

    private final ProjectService projects;
    private final IdentityService identityService;
    private Expression status;
    private Expression reasonVariable;

    public CloseProjectDelegate(ProjectService projects, IdentityService identityService) {
        this.projects = projects;
        this.identityService = identityService;
    }

    public void setStatus(Expression status) {
        this.status = status;
    }

    public void setReasonVariable(Expression reasonVariable) {
        this.reasonVariable = reasonVariable;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProjectStatus finalStatus = ProjectStatus.valueOf((String) status.getValue(execution));
        String reason = LifecycleVariables.text(execution, (String) reasonVariable.getValue(execution));
        projects.changeStatus(LifecycleVariables.projectCode(execution), finalStatus, reason, Actor.of(identityService));
    }
}
