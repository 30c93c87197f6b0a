package cn.jiangmen.greenchannel.approval;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Inputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** End listener of the stage review: re-checks the decision on the server (400 on refusal). */
@Component("stageInputCheck")
public class StageInputCheck implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        try {
            StageService.checkDecision(new Inputs(execution::getVariable)).forEach(execution::setVariable);
        } catch (BusinessRuleViolation violation) {
            throw new FormFieldValidationException(violation.code(), violation.getMessage());
        }
    }
}
