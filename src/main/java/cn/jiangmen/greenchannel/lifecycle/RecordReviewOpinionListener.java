package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var;
import cn.jiangmen.greenchannel.project.ProjectService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each review opinion in our table (one row per unit): the four parallel tasks hold their
 * opinion task-locally, so they never overwrite one shared variable.
 */
@Component("recordReviewOpinionListener")
public class RecordReviewOpinionListener implements TaskListener {

    private final ProjectService projects;
    private final IdentityService identityService;

    public RecordReviewOpinionListener(ProjectService projects, IdentityService identityService) {
        this.projects = projects;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        projects.recordReviewOpinion(LifecycleVariables.projectCode(task),
                (String) task.getVariable(Var.REVIEWER_UNIT),
                (String) task.getVariable(Var.REVIEW_OPINION),
                LifecycleVariables.text(task, Var.REVIEW_COMMENT),
                Actor.of(identityService));
    }
}
