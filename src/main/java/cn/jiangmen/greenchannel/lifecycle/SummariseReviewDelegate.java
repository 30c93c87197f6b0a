package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.project.ProjectService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the four opinions in front of the decider (§10.5). */
@Component("summariseReviewDelegate")
public class SummariseReviewDelegate implements JavaDelegate {

    private final ProjectService projects;

    public SummariseReviewDelegate(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(LifecycleProcess.Var.REVIEW_SUMMARY,
                projects.reviewSummary(LifecycleVariables.projectCode(execution)));
    }
}
