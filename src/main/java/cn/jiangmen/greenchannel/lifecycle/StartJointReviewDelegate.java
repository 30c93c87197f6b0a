package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.project.ProjectService;
import cn.jiangmen.greenchannel.project.ProjectStatus;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the project 评审中 before the four opinions are asked for. */
@Component("startJointReviewDelegate")
public class StartJointReviewDelegate implements JavaDelegate {

    private final ProjectService projects;
    private final IdentityService identityService;

    public StartJointReviewDelegate(ProjectService projects, IdentityService identityService) {
        this.projects = projects;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        projects.changeStatus(LifecycleVariables.projectCode(execution), ProjectStatus.REVIEWING, null,
                Actor.of(identityService));
    }
}
