package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var;
import cn.jiangmen.greenchannel.project.ProjectService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Dates the joint review decision with its conditions or reason. */
@Component("recordReviewDecisionDelegate")
public class RecordReviewDecisionDelegate implements JavaDelegate {

    private final ProjectService projects;
    private final IdentityService identityService;

    public RecordReviewDecisionDelegate(ProjectService projects, IdentityService identityService) {
        this.projects = projects;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        projects.recordReviewDecision(LifecycleVariables.projectCode(execution),
                (String) execution.getVariable(Var.REVIEW_DECISION),
                LifecycleVariables.text(execution, Var.REVIEW_DECISION_REASON), Actor.of(identityService));
    }
}
