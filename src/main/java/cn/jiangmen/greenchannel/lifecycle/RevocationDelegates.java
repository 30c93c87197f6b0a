package cn.jiangmen.greenchannel.lifecycle;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;

import cn.jiangmen.greenchannel.approval.GreenChannelProcess;
import cn.jiangmen.greenchannel.audit.AuditLog;
import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.project.ProjectService;
import cn.jiangmen.greenchannel.project.ProjectStatus;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lifecycle's answer to ApprovalRevoked (§10.7): the commissioner and the city centre apply
 * again the standard way, suspend the project, or stop it — each a recorded decision.
 */
@Configuration
public class RevocationDelegates {

    private final ProjectService projects;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final AuditLog audit;

    public RevocationDelegates(ProjectService projects, RuntimeService runtimeService, IdentityService identityService,
            AuditLog audit) {
        this.projects = projects;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.audit = audit;
    }

    @Bean
    public JavaDelegate recordRevocationDecisionDelegate() {
        return execution -> {
            String code = LifecycleVariables.projectCode(execution);
            String decision = (String) execution.getVariable(REVOCATION_DECISION);
            String reason = (String) execution.getVariable(REVOCATION_DECISION_REASON);
            String actor = Actor.of(identityService);
            audit.record(actor, "REVOCATION_DECIDED", code, (String) execution.getVariable(REVOCATION_REASON),
                    decision + "：" + reason, null, Zones.now());
            if ("SUSPEND".equals(decision)) {
                execution.setVariable(STATUS_BEFORE_SUSPENSION, projects.get(code).status().name());
                projects.changeStatus(code, ProjectStatus.SUSPENDED, reason, actor);
            } else if ("STOP".equals(decision)) {
                projects.changeStatus(code, ProjectStatus.STOPPED, reason, actor);
            }
        };
    }

    /** 按一般程序重新申报: the revoked item again, standard mode, outside any stage. */
    @Bean
    public JavaDelegate reapplyStandardDelegate() {
        return execution -> {
            Map<String, Object> v = new HashMap<>();
            for (String name : new String[] {PROJECT_CODE, PROJECT_NAME, OWNER_COUNTY, OWNER_COUNTY_GROUP, TIER,
                    COMMISSIONER_ID}) {
                v.put(name, execution.getVariable(name));
            }
            v.put(GreenChannelProcess.Var.ITEM_CODE, execution.getVariable(REVOKED_ITEM));
            v.put(GreenChannelProcess.Var.FORCE_STANDARD, true);
            runtimeService.startProcessInstanceByKey(GreenChannelProcess.ITEM_KEY,
                    LifecycleVariables.projectCode(execution), v);
        };
    }

    @Bean
    public JavaDelegate recordResumeDecisionDelegate() {
        return execution -> {
            String code = LifecycleVariables.projectCode(execution);
            String reason = (String) execution.getVariable(RESUME_DECISION_REASON);
            String actor = Actor.of(identityService);
            if ("RESUME".equals(execution.getVariable(RESUME_DECISION))) {
                projects.changeStatus(code, ProjectStatus.valueOf((String) execution.getVariable(STATUS_BEFORE_SUSPENSION)),
                        reason, actor);
            } else {
                projects.changeStatus(code, ProjectStatus.STOPPED, reason, actor);
            }
        };
    }
}
