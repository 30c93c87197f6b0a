package cn.jiangmen.greenchannel.lifecycle;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.lead;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.GreenChannelApplication;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.DatabaseUnderTest;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stopping the application in the middle of a project and starting it again on the same database
 * loses nothing and doubles nothing (H2 file database here; PostgreSQL in the second run).
 */
@IntegrationTest
class RestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext startApplication(String url) {
        List<String> properties = new ArrayList<>(List.of(
                "server.port=0",
                "camunda.bpm.job-execution.enabled=false",
                "camunda.bpm.generate-unique-process-engine-name=true",
                "camunda.bpm.generate-unique-process-application-name=true"));
        if (!DatabaseUnderTest.postgres()) {
            properties.add("spring.datasource.url=" + url);
        }
        return new SpringApplicationBuilder(GreenChannelApplication.class).profiles("test")
                .properties(properties.toArray(String[]::new)).run();
    }

    @Test
    void a_restart_in_the_middle_of_negotiation_loses_and_doubles_nothing() {
        String url = "jdbc:h2:file:" + dataDir.resolve("restart").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE";
        String processInstanceId;
        String code;
        long deploymentsBefore;
        try (ConfigurableApplicationContext first = startApplication(url)) {
            RuntimeService runtime = first.getBean(RuntimeService.class);
            TaskService tasks = first.getBean(TaskService.class);
            IdentityService identity = first.getBean(IdentityService.class);
            identity.setAuthentication("taishan01", List.of("county-taishan"));
            processInstanceId = runtime.startProcessInstanceByKey(LifecycleProcess.KEY, lead("taishan", 20000)).getId();
            identity.clearAuthentication();
            code = (String) runtime.getVariable(processInstanceId, PROJECT_CODE);
            complete(tasks, processInstanceId, Element.ACKNOWLEDGE_LEAD, LEAD_OWNER, "taishan01");
            complete(tasks, processInstanceId, Element.JUDGE_LEAD, JUDGEMENT, "PURSUE");
            complete(tasks, processInstanceId, Element.APPOINT_COMMISSIONER, COMMISSIONER_ID, "taishan02");
            deploymentsBefore = first.getBean(RepositoryService.class).createDeploymentQuery().count();
        }

        try (ConfigurableApplicationContext second = startApplication(url)) {
            RuntimeService runtime = second.getBean(RuntimeService.class);
            TaskService tasks = second.getBean(TaskService.class);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);

            // an unchanged model is not deployed again on restart
            assertThat(second.getBean(RepositoryService.class).createDeploymentQuery().count())
                    .isEqualTo(deploymentsBefore);
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isEqualTo(1);
            Task negotiate = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
            assertThat(negotiate.getTaskDefinitionKey()).isEqualTo(Element.NEGOTIATE);
            assertThat(jdbc.queryForObject("SELECT status FROM greenchannel.project WHERE project_code = ?",
                    String.class, code)).isEqualTo("NEGOTIATING");

            complete(tasks, processInstanceId, Element.NEGOTIATE, NEGOTIATION_OUTCOME, "AGREED");
            assertThat(tasks.createTaskQuery().processInstanceId(processInstanceId).count()).isEqualTo(4);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.project WHERE project_code = ?",
                    Integer.class, code)).isEqualTo(1);
            assertThat(jdbc.queryForList("SELECT milestone_type FROM greenchannel.milestone WHERE project_code = ?",
                    String.class, code)).containsExactlyInAnyOrder("LEAD_REGISTERED", "LEAD_ACKNOWLEDGED",
                    "LEAD_JUDGED", "COMMISSIONER_APPOINTED", "NEGOTIATION_AGREED");

            // the code sequence survived the restart: the next project gets a new number
            String next = (String) runtime.getVariable(
                    runtime.startProcessInstanceByKey(LifecycleProcess.KEY, lead("taishan", 20000)).getId(),
                    PROJECT_CODE);
            assertThat(next).isNotEqualTo(code);
            assertThat(Integer.parseInt(next.substring(7))).isGreaterThan(Integer.parseInt(code.substring(7)));
        }
    }

    private static void complete(TaskService tasks, String pi, String key, String variable, Object value) {
        Task task = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult();
        assertThat(task).as(key).isNotNull();
        tasks.complete(task.getId(), of(variable, value));
    }
}
