package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Inputs;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of every lifecycle user task: re-checks the submission and normalises it. */
@Component("lifecycleInputCheck")
public class LifecycleInputCheck implements TaskListener {

    private final LifecycleInputs inputs;

    public LifecycleInputCheck(LifecycleInputs inputs) {
        this.inputs = inputs;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            Map<String, Object> normalised = inputs.rules().taskSubmission(task.getTaskDefinitionKey(),
                    new Inputs(task::getVariable),
                    (String) task.getVariable(LifecycleProcess.Var.OWNER_COUNTY_GROUP),
                    (String) task.getVariable(LifecycleProcess.Var.INVESTOR_ORIGIN));
            // setVariable resolves to the scope that holds the variable: task-local review opinions stay local.
            normalised.forEach(task::setVariable);
        } catch (BusinessRuleViolation violation) {
            throw LifecycleInputs.refusal(violation);
        }
    }
}
