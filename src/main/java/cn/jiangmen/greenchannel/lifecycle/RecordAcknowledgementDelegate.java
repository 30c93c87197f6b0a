package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.project.ProjectService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Names the lead's owner on the project record (§10.18). */
@Component("recordAcknowledgementDelegate")
public class RecordAcknowledgementDelegate implements JavaDelegate {

    private final ProjectService projects;
    private final IdentityService identityService;

    public RecordAcknowledgementDelegate(ProjectService projects, IdentityService identityService) {
        this.projects = projects;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        projects.acknowledge(LifecycleVariables.projectCode(execution),
                LifecycleVariables.text(execution, LifecycleProcess.Var.LEAD_OWNER), Actor.of(identityService));
    }
}
