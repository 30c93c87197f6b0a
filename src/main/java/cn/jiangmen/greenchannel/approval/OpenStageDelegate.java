package cn.jiangmen.greenchannel.approval;

import static cn.jiangmen.greenchannel.approval.StageProcess.Var.*;

import cn.jiangmen.greenchannel.approval.StageProcess.Var;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Copies the {@code stage-lead} decision into flat variables and records the stage as opened. */
@Component("openStageDelegate")
public class OpenStageDelegate implements JavaDelegate {

    private final StageService stages;

    public OpenStageDelegate(StageService stages) {
        this.stages = stages;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Map<String, Object> lead = (Map<String, Object>) execution.getVariable(Var.STAGE_LEAD_RESULT);
        int stage = ((Number) execution.getVariable(STAGE)).intValue();
        String leadGroup = (String) lead.get(STAGE_LEAD_GROUP);
        int limitDays = ((Number) lead.get(STAGE_LIMIT_DAYS)).intValue();
        execution.setVariable(STAGE_NAME, lead.get(STAGE_NAME));
        execution.setVariable(STAGE_LEAD_GROUP, leadGroup);
        execution.setVariable(STAGE_LIMIT_DAYS, limitDays);
        execution.removeVariable(Var.STAGE_LEAD_RESULT);
        stages.open(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), stage, leadGroup, limitDays);
    }
}
