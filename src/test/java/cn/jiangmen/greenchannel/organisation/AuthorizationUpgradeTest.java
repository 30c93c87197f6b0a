package cn.jiangmen.greenchannel.organisation;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.lead;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.GreenChannelApplication;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.DatabaseUnderTest;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.ProjectSetup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A database that ran before authorization was switched on (no task or project grants anywhere)
 * keeps working after the upgrade: the county still sees and completes its open task.
 */
@IntegrationTest
class AuthorizationUpgradeTest {

    @TempDir
    Path dataDir;

    /**
     * Command-line arguments: they outrank application.yaml (default properties would not). No
     * webapps: they keep JVM-wide runtime delegates, and webapps started and closed here would leave
     * the cached test contexts' Tasklist pointing at a closed application.
     */
    private ConfigurableApplicationContext start(String url, boolean authorization) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.generate-unique-process-application-name=true",
                "--camunda.bpm.authorization.enabled=" + authorization));
        if (!DatabaseUnderTest.postgres()) {
            args.add("--spring.datasource.url=" + url);
        }
        return new SpringApplicationBuilder(GreenChannelApplication.class).profiles("test")
                .run(args.toArray(String[]::new));
    }

    @Test
    void open_work_from_before_authorization_stays_visible_to_its_county() {
        String url = "jdbc:h2:file:" + dataDir.resolve("upgrade").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        String processInstanceId;
        String taskId;
        try (ConfigurableApplicationContext before = start(url, false)) {
            ProcessEngine engine = before.getBean(ProcessEngine.class);
            assertThat(before.getBean(org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl.class)
                    .isAuthorizationEnabled()).isFalse();
            processInstanceId = engine.getRuntimeService()
                    .startProcessInstanceByKey(LifecycleProcess.KEY, lead("enping", 20000)).getId();
            taskId = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
            // what the application before issue 4 left: no grants at all on the project
            AuthorizationService authorizations = engine.getAuthorizationService();
            for (String resourceId : List.of(processInstanceId, taskId)) {
                authorizations.createAuthorizationQuery().resourceId(resourceId).unlimitedList()
                        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
            }
            engine.getManagementService().deleteProperty(ProjectGrantsBackfill.DONE_PROPERTY);
        }

        try (ConfigurableApplicationContext after = start(url, true)) {
            ProcessEngine engine = after.getBean(ProcessEngine.class);
            IdentityService identity = engine.getIdentityService();
            ProjectSetup.login(identity, "enping01");
            try {
                List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                        .listPage(0, 10);
                assertThat(tasks).extracting(Task::getId).containsExactly(taskId);
                assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceId(processInstanceId).count()).isOne();
                engine.getTaskService().complete(taskId, of(LEAD_OWNER, "enping01"));
            } finally {
                identity.clearAuthentication();
            }
            ProjectSetup.login(identity, "heshan01");
            try {
                assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceId(processInstanceId).count()).as("another county").isZero();
            } finally {
                identity.clearAuthentication();
            }
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult()
                    .getTaskDefinitionKey()).isEqualTo(Element.JUDGE_LEAD);
        }
    }
}
