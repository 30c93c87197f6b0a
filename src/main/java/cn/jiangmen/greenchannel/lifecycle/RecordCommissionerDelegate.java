package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.project.ProjectService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Appoints the service commissioner (§10.4) and opens negotiation. */
@Component("recordCommissionerDelegate")
public class RecordCommissionerDelegate implements JavaDelegate {

    private final ProjectService projects;
    private final IdentityService identityService;

    public RecordCommissionerDelegate(ProjectService projects, IdentityService identityService) {
        this.projects = projects;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        projects.appointCommissioner(LifecycleVariables.projectCode(execution),
                LifecycleVariables.text(execution, LifecycleProcess.Var.COMMISSIONER_ID), Actor.of(identityService));
    }
}
