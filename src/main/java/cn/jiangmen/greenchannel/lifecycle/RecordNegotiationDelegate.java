package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Outcome;
import cn.jiangmen.greenchannel.project.ProjectService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the negotiation outcome: an agreement is a dated milestone (a transfer request starts
 * project-transfer, abandonment is closed by its end branch).
 */
@Component("recordNegotiationDelegate")
public class RecordNegotiationDelegate implements JavaDelegate {

    private final ProjectService projects;
    private final IdentityService identityService;

    public RecordNegotiationDelegate(ProjectService projects, IdentityService identityService) {
        this.projects = projects;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = LifecycleVariables.projectCode(execution);
        String outcome = (String) execution.getVariable(LifecycleProcess.Var.NEGOTIATION_OUTCOME);
        String actor = Actor.of(identityService);
        if (Outcome.AGREED.equals(outcome)) {
            projects.recordNegotiationAgreed(code, actor);
        }
    }
}
