package cn.jiangmen.greenchannel.approval;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Inputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** End listener of every green-channel user task: re-checks the submission on the server (400 on refusal). */
@Component("greenChannelInputCheck")
public class GreenChannelInputCheck implements ExecutionListener {

    private final GreenChannelInputRules rules;

    public GreenChannelInputCheck(ApprovalCatalogue catalogue) {
        this.rules = new GreenChannelInputRules(catalogue);
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        try {
            rules.check(execution.getCurrentActivityId(), new Inputs(execution::getVariable))
                    .forEach(execution::setVariable);
        } catch (BusinessRuleViolation v) {
            throw new FormFieldValidationException(v.code(), v.getMessage());
        }
    }
}
