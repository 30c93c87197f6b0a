package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Outcome;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var;
import cn.jiangmen.greenchannel.project.ProjectService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listener of the judging task: dates the 研判 milestone whatever the outcome. */
@Component("recordJudgementDelegate")
public class RecordJudgementDelegate implements ExecutionListener {

    private final ProjectService projects;
    private final IdentityService identityService;

    public RecordJudgementDelegate(ProjectService projects, IdentityService identityService) {
        this.projects = projects;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        projects.recordJudgement(LifecycleVariables.projectCode(execution),
                Outcome.PURSUE.equals(execution.getVariable(Var.JUDGEMENT)),
                LifecycleVariables.text(execution, Var.JUDGEMENT_REASON), Actor.of(identityService));
    }
}
