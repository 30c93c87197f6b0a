package cn.jiangmen.greenchannel.administration;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.lead;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.approval.StageProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.LifecycleDriver;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * docs/administration.md, "Moving running projects to the new version": an administrator deploys
 * project-lifecycle version 2 (as from Camunda Modeler, with its forms) and migrates running
 * version-1 instances with Camunda's migration API. Open tasks keep their id, assignee, candidate
 * groups and due date; timers keep their job and due date unless the event trigger is updated (then
 * version 2's timer expression is evaluated again at migration time); a
 * stage called by the lifecycle keeps running on its own definition.
 */
@IntegrationTest
@SpringBootTest
class LifecycleMigrationTest {

    static final String VERSION_TAG = "2.1-migration-test";

    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;

    private ModelChanges changes;
    private LifecycleDriver driver;

    @BeforeEach
    void setUp() {
        changes = new ModelChanges(engine.getRepositoryService());
        driver = new LifecycleDriver(engine);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        changes.close();
    }

    @Test
    void a_version_1_instance_waiting_at_a_user_task_is_migrated_to_version_2_and_completed_there() {
        ProcessDefinition v1 = latestLifecycle();
        ProcessInstance pi = driver.start(lead("pengjiang", 20000));
        Task acknowledge = driver.task(pi, Element.ACKNOWLEDGE_LEAD);
        engine.getTaskService().claim(acknowledge.getId(), "pengjiang01");
        acknowledge = driver.task(pi, Element.ACKNOWLEDGE_LEAD);

        ProcessDefinition v2 = deployVersion2();
        assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
        assertThat(v2.getVersionTag()).isEqualTo(VERSION_TAG);
        // new instances take the new version; running ones stay where they are until migrated
        ProcessInstance fresh = driver.start(lead("pengjiang", 20000));
        assertThat(fresh.getProcessDefinitionId()).isEqualTo(v2.getId());
        assertThat(instance(pi).getProcessDefinitionId()).isEqualTo(v1.getId());

        MigrationPlan plan = engine.getRuntimeService().createMigrationPlan(v1.getId(), v2.getId())
                .mapEqualActivities().build();
        engine.getRuntimeService().newMigration(plan).processInstanceIds(pi.getId()).execute();

        assertThat(instance(pi).getProcessDefinitionId()).isEqualTo(v2.getId());
        Task migrated = driver.task(pi, Element.ACKNOWLEDGE_LEAD);  // also: its form resolves in v2's deployment
        assertThat(migrated.getId()).isEqualTo(acknowledge.getId());
        assertThat(migrated.getProcessDefinitionId()).isEqualTo(v2.getId());
        assertThat(migrated.getAssignee()).isEqualTo("pengjiang01");
        assertThat(migrated.getDueDate()).isEqualTo(acknowledge.getDueDate());
        assertThat(migrated.getName()).isEqualTo(acknowledge.getName());
        assertThat(driver.candidateGroups(migrated)).containsExactly("county-pengjiang");
        assertThat(engine.getRepositoryService().getProcessDefinition(migrated.getProcessDefinitionId()).getDeploymentId())
                .isEqualTo(v2.getDeploymentId());
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), PROJECT_CODE)).isEqualTo(pi.getBusinessKey());

        driver.complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "pengjiang01"));
        assertThat(driver.task(pi, Element.JUDGE_LEAD).getProcessDefinitionId()).isEqualTo(v2.getId());
        driver.complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "DROP", JUDGEMENT_REASON, "投资方转投外省，放弃跟进"));

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult()).satisfies(h -> {
                    assertThat(h.getProcessDefinitionId()).isEqualTo(v2.getId());
                    assertThat(h.getEndActivityId()).isEqualTo(Element.END_LEAD_DROPPED);
                });
        assertThat(jdbc.queryForObject("SELECT status FROM greenchannel.project WHERE project_code = ?", String.class,
                pi.getBusinessKey())).isEqualTo("DROPPED");
    }

    @Test
    void a_waiting_timer_keeps_its_job_and_due_date_and_fires_on_version_2() {
        ProcessInstance pi = toMonthlyReportTimer("xinhui");
        ProcessDefinition v1 = latestLifecycle();
        Job timer = timer(pi);

        ProcessDefinition v2 = deployVersion2();
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(3, ChronoUnit.DAYS)));
        migrate(v1, v2, pi, false);

        Job migrated = timer(pi);
        assertThat(migrated.getId()).isEqualTo(timer.getId());
        assertThat(migrated.getDuedate()).isEqualTo(timer.getDuedate());
        assertThat(migrated.getProcessDefinitionId()).isEqualTo(v2.getId());

        engine.getManagementService().executeJob(migrated.getId());
        Task report = driver.task(pi, Element.REPORT_PROGRESS);
        assertThat(report.getProcessDefinitionId()).isEqualTo(v2.getId());
        driver.complete(pi, Element.REPORT_PROGRESS, of(PROGRESS_PERCENT, 30, INVESTMENT_TO_DATE, 40000,
                PROGRESS_NOTE, "桩基施工完成", CONSTRUCTION_COMPLETED, false));
        assertThat(timer(pi).getProcessDefinitionId()).isEqualTo(v2.getId());
    }

    @Test
    void updating_the_event_trigger_computes_the_timers_due_date_again_at_migration_time() {
        ProcessInstance pi = toMonthlyReportTimer("kaiping");
        ProcessDefinition v1 = latestLifecycle();
        Job timer = timer(pi);

        ProcessDefinition v2 = deployVersion2();
        // a month later the expression (first working day of next month) gives a later date
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(1, ChronoUnit.DAYS)));
        migrate(v1, v2, pi, true);

        Job updated = timer(pi);
        assertThat(updated.getId()).isEqualTo(timer.getId());
        assertThat(updated.getProcessDefinitionId()).isEqualTo(v2.getId());
        assertThat(updated.getDuedate()).isAfter(timer.getDuedate());
    }

    @Test
    void a_stage_the_lifecycle_called_stays_on_its_definition_and_returns_to_version_2() {
        ProcessInstance pi = driver.signed("heshan", 30000, "heshan02");
        driver.complete(pi, Element.REGISTER_COMPANY, cn.jiangmen.greenchannel.support.LeadSamples.company());
        Task review = driver.task(pi, StageProcess.Element.CONFIRM_ITEMS);
        String stageDefinition = review.getProcessDefinitionId();
        ProcessDefinition v1 = latestLifecycle();

        ProcessDefinition v2 = deployVersion2();
        migrate(v1, v2, pi, false);

        Task stillThere = driver.task(pi, StageProcess.Element.CONFIRM_ITEMS);
        assertThat(stillThere.getId()).isEqualTo(review.getId());
        assertThat(stillThere.getProcessDefinitionId()).isEqualTo(stageDefinition);
        driver.approveStage(pi);
        assertThat(driver.task(pi, Element.SUPPLY_LAND).getProcessDefinitionId()).isEqualTo(v2.getId());
    }

    // --- helpers -------------------------------------------------------------------------------

    private ProcessDefinition deployVersion2() {
        UnaryOperator<String> retag = xml -> {
            String tagged = xml.replaceFirst("(<bpmn:process id=\"project-lifecycle\"[^>]*camunda:versionTag=\")[^\"]*\"",
                    "$1" + VERSION_TAG + "\"");
            assertThat(tagged).as("versionTag of project-lifecycle replaced").contains(VERSION_TAG);
            return tagged;
        };
        Deployment deployment = changes.deployChangedProcess(LifecycleProcess.RESOURCE, retag,
                "project-lifecycle " + VERSION_TAG);
        ProcessDefinition v2 = latestLifecycle();
        assertThat(v2.getDeploymentId()).isEqualTo(deployment.getId());
        return v2;
    }

    private ProcessDefinition latestLifecycle() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(LifecycleProcess.KEY)
                .latestVersion().singleResult();
    }

    private ProcessInstance instance(ProcessInstance pi) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult();
    }

    private void migrate(ProcessDefinition from, ProcessDefinition to, ProcessInstance pi, boolean updateEventTriggers) {
        var builder = engine.getRuntimeService().createMigrationPlan(from.getId(), to.getId()).mapEqualActivities();
        MigrationPlan plan = updateEventTriggers ? builder.updateEventTriggers().build() : builder.build();
        engine.getRuntimeService().newMigration(plan).processInstanceIds(pi.getId()).execute();
        assertThat(instance(pi).getProcessDefinitionId()).isEqualTo(to.getId());
    }

    /** Signed, company registered, stages 1–3 and land done, construction started: waiting for the report period. */
    private ProcessInstance toMonthlyReportTimer(String county) {
        ProcessInstance pi = driver.signed(county, 30000, county + "02");
        driver.toConstruction(pi);
        assertThat(engine.getRuntimeService().getActiveActivityIds(pi.getId()))
                .containsExactly(Element.NEXT_REPORT_PERIOD);
        return pi;
    }

    private Job timer(ProcessInstance pi) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    }
}
