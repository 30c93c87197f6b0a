package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Inputs;
import cn.jiangmen.greenchannel.project.ProjectService;
import cn.jiangmen.greenchannel.project.ProjectStatus;
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
    private final ProjectService projects;

    public LifecycleInputCheck(LifecycleInputs inputs, ProjectFacts facts, ProjectService projects) {
        this.inputs = inputs;
        this.facts = facts;
        this.projects = projects;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // withdrawn or deleted, not completed: nothing was submitted
        }
        String code = LifecycleVariables.projectCode(execution);
        ProjectStatus status = projects.get(code).status();
        if (status == ProjectStatus.IN_TRANSFER) {
            throw LifecycleInputs.refusal(new BusinessRuleViolation("GC-TRF-423",
                    "项目正在市域内流转，在办事项暂停办理，待流转结果确定后继续"));
        }
        if (status == ProjectStatus.SUSPENDED
                && !LifecycleProcess.Element.RESUME_SUSPENDED.equals(execution.getCurrentActivityId())) {
            throw LifecycleInputs.refusal(new BusinessRuleViolation("GC-PRJ-423",
                    "项目已暂停，在办事项暂停办理，待市投资促进中心决定恢复后继续"));
        }
        // Routing facts come from the record, whatever the submission carried (read-only fields included).
        Map<String, Object> recorded = facts.of(code);
        recorded.forEach((name, value) -> setIfChanged(execution, name, value));
        try {
            Map<String, Object> normalised = inputs.rules().taskSubmission(execution.getCurrentActivityId(),
                    new Inputs(execution::getVariable),
                    (String) recorded.get(LifecycleProcess.Var.OWNER_COUNTY_GROUP),
                    (String) recorded.get(LifecycleProcess.Var.INVESTOR_ORIGIN));
            // setVariable resolves to the scope that holds the variable: task-local review opinions stay local.
            normalised.forEach((name, value) -> setIfChanged(execution, name, value));
        } catch (BusinessRuleViolation violation) {
            throw LifecycleInputs.refusal(violation);
        }
    }

    /**
     * Writes only a value that differs from the one in scope: re-setting an equal value still costs
     * the engine an UPDATE of the variable row (a new revision, a chance of optimistic-locking
     * conflicts with parallel branches) and a history look-up (docs/performance.md).
     */
    static void setIfChanged(DelegateExecution execution, String name, Object value) {
        Object current = execution.getVariable(name);
        if (current == null ? value != null : !current.equals(value) || current.getClass() != value.getClass()) {
            execution.setVariable(name, value);
        }
    }
}
