package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Inputs;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of every lifecycle user task: re-checks what was submitted and normalises it. An
 * execution listener rather than a task listener, because the engine wraps a task listener's
 * exception (REST 500) while it passes this one through, so the form-field validation error
 * reaches REST and Tasklist as a 400 and the whole completion rolls back.
 */
@Component("lifecycleInputCheck")
public class LifecycleInputCheck implements ExecutionListener {

    private final LifecycleInputs inputs;
    private final ProjectFacts facts;

    public LifecycleInputCheck(LifecycleInputs inputs, ProjectFacts facts) {
        this.inputs = inputs;
        this.facts = facts;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // withdrawn or deleted, not completed: nothing was submitted
        }
        // Routing facts come from the record, whatever the submission carried (read-only fields included).
        Map<String, Object> recorded = facts.of(LifecycleVariables.projectCode(execution));
        recorded.forEach(execution::setVariable);
        try {
            Map<String, Object> normalised = inputs.rules().taskSubmission(execution.getCurrentActivityId(),
                    new Inputs(execution::getVariable),
                    (String) recorded.get(LifecycleProcess.Var.OWNER_COUNTY_GROUP),
                    (String) recorded.get(LifecycleProcess.Var.INVESTOR_ORIGIN));
            // setVariable resolves to the scope that holds the variable: task-local review opinions stay local.
            normalised.forEach(execution::setVariable);
        } catch (BusinessRuleViolation violation) {
            throw LifecycleInputs.refusal(violation);
        }
    }
}
