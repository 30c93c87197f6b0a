package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.project.ProjectService;
import cn.jiangmen.greenchannel.project.ProjectStatus;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The city centre handled the transfer request: the project is back in negotiation. */
@Component("resumeNegotiationDelegate")
public class ResumeNegotiationDelegate implements JavaDelegate {

    private final ProjectService projects;
    private final IdentityService identityService;

    public ResumeNegotiationDelegate(ProjectService projects, IdentityService identityService) {
        this.projects = projects;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        projects.changeStatus(LifecycleVariables.projectCode(execution), ProjectStatus.NEGOTIATING,
                LifecycleVariables.text(execution, LifecycleProcess.Var.TRANSFER_NOTE), Actor.of(identityService));
    }
}
