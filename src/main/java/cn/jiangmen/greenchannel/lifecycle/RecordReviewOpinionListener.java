package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var;
import cn.jiangmen.greenchannel.project.ProjectService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each review opinion in our table (one row per unit): the four parallel tasks hold their
 * opinion in their own scope, so they never overwrite one shared variable. Runs after
 * {@link LifecycleInputCheck} on the task's end.
 */
@Component("recordReviewOpinionListener")
public class RecordReviewOpinionListener implements ExecutionListener {

    private final ProjectService projects;
    private final IdentityService identityService;

    public RecordReviewOpinionListener(ProjectService projects, IdentityService identityService) {
        this.projects = projects;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        projects.recordReviewOpinion(LifecycleVariables.projectCode(execution),
                (String) execution.getVariable(Var.REVIEWER_UNIT),
                (String) execution.getVariable(Var.REVIEW_OPINION),
                LifecycleVariables.text(execution, Var.REVIEW_COMMENT),
                Actor.of(identityService));
    }
}
