package cn.jiangmen.greenchannel.config;

import cn.jiangmen.greenchannel.audit.AuditLog;
import cn.jiangmen.greenchannel.audit.EngineAuditInterceptor;
import cn.jiangmen.greenchannel.audit.TaskCompletionAudit;
import cn.jiangmen.greenchannel.organisation.ProjectGrants;
import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Wires issue 4's engine hooks (ADR 0008): per-project grants and completion audit on every user
 * task ({@link SecurityParseListener}), and the audit of deployments, authorization and identity
 * changes ({@link EngineAuditInterceptor}). The starter applies every ProcessEnginePlugin bean.
 */
@Component
public class EngineSecurityPlugin implements ProcessEnginePlugin {

    private final ProjectGrants projectGrants;
    private final EngineAuditInterceptor auditInterceptor;
    private final TaskCompletionAudit completionAudit;
    private final ObjectProvider<FlywayMigrationInitializer> flyway;

    public EngineSecurityPlugin(ProjectGrants projectGrants, AuditLog audit, JdbcTemplate jdbc,
            ObjectProvider<FlywayMigrationInitializer> flyway) {
        this.projectGrants = projectGrants;
        this.auditInterceptor = new EngineAuditInterceptor(audit, jdbc);
        this.completionAudit = new TaskCompletionAudit(audit);
        this.flyway = flyway;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners()
                .add(new SecurityParseListener(projectGrants::grantForTask, completionAudit));
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(auditInterceptor);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        // Flyway creates our audit table after the engine created its own: audit only once it exists.
        flyway.getIfAvailable();
        auditInterceptor.markReady();
    }

    public EngineAuditInterceptor auditInterceptor() {
        return auditInterceptor;
    }
}
