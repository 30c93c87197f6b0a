package cn.jiangmen.greenchannel.approval;

import static cn.jiangmen.greenchannel.approval.StageProcess.Var.*;

import cn.jiangmen.greenchannel.common.Actor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the lead department's decision and hands the outcome back to the lifecycle. */
@Component("recordStageDecisionDelegate")
public class RecordStageDecisionDelegate implements JavaDelegate {

    private final StageService stages;
    private final IdentityService identityService;

    public RecordStageDecisionDelegate(StageService stages, IdentityService identityService) {
        this.stages = stages;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = (String) execution.getVariable(STAGE_DECISION);
        String reason = (String) execution.getVariable(STAGE_DECISION_REASON);
        stages.decide(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                ((Number) execution.getVariable(STAGE)).intValue(), decision, reason,
                Actor.of(identityService));
        execution.setVariable(STAGE_OUTCOME, decision);
        execution.setVariable(STAGE_RETURN_REASON, StageProcess.RETURNED.equals(decision) ? reason : "");
    }
}
