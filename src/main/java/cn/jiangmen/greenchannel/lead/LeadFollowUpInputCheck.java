package cn.jiangmen.greenchannel.lead;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Inputs;
import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.lifecycle.LifecycleInputs;
import cn.jiangmen.greenchannel.project.ProjectService;
import cn.jiangmen.greenchannel.project.ProjectStatus;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of lead-follow-up's user tasks: re-checks the submission on the server and writes
 * back the normalised values. A refusal is the engine's form-field validation error (REST and
 * Tasklist: 400 with {@code [GC-…] 中文说明}); the completion rolls back and nothing is recorded.
 */
@Component("leadFollowUpInputCheck")
public class LeadFollowUpInputCheck implements ExecutionListener {

    private final ProjectService projects;
    private final LeadFollowUpRepository repository;

    public LeadFollowUpInputCheck(ProjectService projects, LeadFollowUpRepository repository) {
        this.projects = projects;
        this.repository = repository;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // interrupted (reports ended), not completed: nothing was submitted
        }
        String code = execution.getProcessBusinessKey();
        try {
            if (projects.get(code).status() == ProjectStatus.IN_TRANSFER) {
                throw new BusinessRuleViolation("GC-TRF-423", "项目正在市域内流转，在办事项暂停办理，待流转结果确定后继续");
            }
            Inputs in = new Inputs(execution::getVariable);
            Map<String, Object> normalised = switch (execution.getCurrentActivityId()) {
                case LeadFollowUpProcess.Element.GIVE_FEEDBACK -> LeadFollowUpInputRules.variables(
                        LeadFollowUpInputRules.feedback(in, repository.registeredOn(code).orElse(null), Zones.today()));
                case LeadFollowUpProcess.Element.REPORT_PROGRESS -> LeadFollowUpInputRules.variables(
                        LeadFollowUpInputRules.report(in, Zones.today()));
                default -> Map.of();
            };
            normalised.forEach((name, value) -> {
                if (!Objects.equals(execution.getVariable(name), value)) {
                    execution.setVariable(name, value);
                }
            });
        } catch (BusinessRuleViolation violation) {
            throw LifecycleInputs.refusal(violation);
        }
    }
}
