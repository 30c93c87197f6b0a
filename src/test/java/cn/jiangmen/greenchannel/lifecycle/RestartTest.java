package cn.jiangmen.greenchannel.lifecycle;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.lead;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.GreenChannelApplication;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.DatabaseUnderTest;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.LifecycleDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * Stopping the application in the middle of construction and starting it again on the same database
 * loses nothing and doubles nothing (H2 file database here; PostgreSQL in the second run).
 */
@IntegrationTest
class RestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext startApplication(String url) {
        // command-line arguments: they outrank application-test.yaml (builder properties() do not); no
        // webapps: their JVM-wide runtime delegates would outlive this application (AuthorizationUpgradeTest)
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.generate-unique-process-application-name=true"));
        if (!DatabaseUnderTest.postgres()) {
            args.add("--spring.datasource.url=" + url);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GreenChannelApplication.class)
                .profiles("test").run(args.toArray(String[]::new));
        if (!DatabaseUnderTest.postgres()) {
            // the restart must really happen on this test's own file database
            assertThat(context.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(url);
        }
        return context;
    }

    @Test
    void a_restart_in_the_middle_of_construction_loses_and_doubles_nothing() {
        String url = "jdbc:h2:file:" + dataDir.resolve("restart").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        String processInstanceId;
        String code;
        long deploymentsBefore;
        try (ConfigurableApplicationContext first = startApplication(url)) {
            LifecycleDriver driver = new LifecycleDriver(first.getBean(ProcessEngine.class));
            ProcessInstance pi = driver.signed("taishan", 30000, "taishan02");
            processInstanceId = pi.getId();
            code = driver.code(pi);
            driver.toConstruction(pi);
            driver.runJobs(pi); // the first report period opens
            driver.complete(pi, Element.REPORT_PROGRESS, of(PROGRESS_PERCENT, 30, INVESTMENT_TO_DATE, 40000,
                    PROGRESS_NOTE, "桩基施工", CONSTRUCTION_COMPLETED, false));
            deploymentsBefore = first.getBean(RepositoryService.class).createDeploymentQuery().count();
        }

        try (ConfigurableApplicationContext second = startApplication(url)) {
            ProcessEngine engine = second.getBean(ProcessEngine.class);
            LifecycleDriver driver = new LifecycleDriver(engine);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(processInstanceId).singleResult();

            // an unchanged model is not deployed again on restart
            assertThat(second.getBean(RepositoryService.class).createDeploymentQuery().count())
                    .isEqualTo(deploymentsBefore);
            assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(code).processDefinitionKey(LifecycleProcess.KEY).count()).isEqualTo(1);
            assertThat(driver.jobs(pi)).as("the next report period's timer survived").hasSize(1);
            assertThat(jdbc.queryForObject("SELECT status FROM greenchannel.project WHERE project_code = ?",
                    String.class, code)).isEqualTo("UNDER_CONSTRUCTION");

            driver.runJobs(pi);
            driver.complete(pi, Element.REPORT_PROGRESS, of(PROGRESS_PERCENT, 100, INVESTMENT_TO_DATE, 150000,
                    PROGRESS_NOTE, "竣工", CONSTRUCTION_COMPLETED, true, COMPLETED_ON, "2026-10-30"));
            assertThat(jdbc.queryForList("SELECT report_period FROM greenchannel.progress_report "
                    + "WHERE project_code = ? ORDER BY report_period", String.class, code))
                    .containsExactly("2026-09", "2026-10");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.project WHERE project_code = ?",
                    Integer.class, code)).isEqualTo(1);
            List<String> milestones = jdbc.queryForList("SELECT milestone_type FROM greenchannel.milestone "
                    + "WHERE project_code = ?", String.class, code);
            assertThat(milestones).doesNotHaveDuplicates().contains("SIGNED", "REGISTERED", "LAND_SUPPLIED",
                    "CONSTRUCTION_STARTED", "COMPLETED");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.approval_stage_run "
                    + "WHERE project_code = ?", Integer.class, code)).isEqualTo(4);

            // the code sequence survived the restart: the next project gets a new number
            String next = driver.code(driver.start(lead("taishan", 20000)));
            assertThat(Integer.parseInt(next.substring(7))).isGreaterThan(Integer.parseInt(code.substring(7)));
        }
    }

}
