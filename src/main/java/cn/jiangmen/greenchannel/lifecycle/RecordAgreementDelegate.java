package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Inputs;
import cn.jiangmen.greenchannel.project.ProjectService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the agreement's commitments and the 签约 milestone; the project is 已签约. */
@Component("recordAgreementDelegate")
public class RecordAgreementDelegate implements JavaDelegate {

    private final LifecycleInputs inputs;
    private final ProjectService projects;
    private final IdentityService identityService;

    public RecordAgreementDelegate(LifecycleInputs inputs, ProjectService projects, IdentityService identityService) {
        this.inputs = inputs;
        this.projects = projects;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            projects.sign(LifecycleVariables.projectCode(execution),
                    inputs.rules().agreement(new Inputs(execution::getVariable),
                            (String) execution.getVariable(LifecycleProcess.Var.INVESTOR_ORIGIN)),
                    Actor.of(identityService));
        } catch (BusinessRuleViolation violation) {
            throw LifecycleInputs.refusal(violation);
        }
    }
}
