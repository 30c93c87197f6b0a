package cn.jiangmen.greenchannel.lifecycle;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.jiangmen.greenchannel.approval.GreenChannelProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.project.ProjectRepository;
import cn.jiangmen.greenchannel.project.ProjectStatus;
import cn.jiangmen.greenchannel.support.GreenChannelTestClock;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.LeadSamples;
import cn.jiangmen.greenchannel.support.LifecycleDriver;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The lifecycle from signing to closed: every stage, timer and branch of the second half. */
@IntegrationTest
@SpringBootTest
class LifecycleSecondHalfTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired ProjectRepository projects;
    @Autowired JdbcTemplate jdbc;
    LifecycleDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new LifecycleDriver(engine);
        GreenChannelTestClock.setChinaTime("2026-03-02T10:00:00");
    }

    @AfterEach
    void tearDown() {
        GreenChannelTestClock.reset();
    }

    private static LocalDateTime china(Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), CHINA);
    }

    private Job timer(ProcessInstance pi) {
        List<Job> timers = managementService.createJobQuery().processInstanceId(pi.getId()).timers().list();
        assertThat(timers).hasSize(1);
        return timers.get(0);
    }

    private void reportMonth(ProcessInstance pi, String expectedTimerChinaTime, Map<String, Object> report) {
        Job timer = timer(pi);
        assertThat(china(timer.getDuedate())).isEqualTo(LocalDateTime.parse(expectedTimerChinaTime));
        GreenChannelTestClock.setChinaTime(expectedTimerChinaTime);
        managementService.executeJob(timer.getId());
        driver.complete(pi, Element.REPORT_PROGRESS, report);
    }

    private String status(String code) {
        return projects.find(code).orElseThrow().status().name();
    }

    private ProcessInstance toProduction(String county, String commissioner) {
        ProcessInstance pi = driver.signed(county, 30000, commissioner);
        driver.toConstruction(pi);
        // timers are computed from the engine clock (March): April 1st, then May 6th after Labour Day
        reportMonth(pi, "2026-04-01T09:00:00", of(PROGRESS_PERCENT, 40, INVESTMENT_TO_DATE, 60000,
                PROGRESS_NOTE, "主体结构施工", CONSTRUCTION_COMPLETED, false));
        reportMonth(pi, "2026-05-06T09:00:00", of(PROGRESS_PERCENT, 100, INVESTMENT_TO_DATE, 150000,
                PROGRESS_NOTE, "已竣工", CONSTRUCTION_COMPLETED, true, COMPLETED_ON, "2026-10-30"));
        driver.approveStage(pi);
        driver.complete(pi, Element.RECORD_PRODUCTION, of(PRODUCTION_STARTED_ON, "2027-01-11",
                ACTUAL_INVESTMENT, 152000));
        return pi;
    }

    @Test
    void registration_is_due_on_the_planned_date_and_done_by_market_regulation() {
        ProcessInstance pi = driver.signed("xinhui", 30000, "xinhui02");
        Task register = driver.task(pi, Element.REGISTER_COMPANY);
        assertThat(driver.candidateGroups(register)).containsExactly("dept-market-regulation");
        assertThat(china(register.getDueDate())).isEqualTo(LocalDateTime.parse("2026-04-01T23:59:59"));

        Map<String, Object> company = LeadSamples.company();
        driver.complete(pi, Element.REGISTER_COMPANY, company);
        String code = driver.code(pi);
        assertThat(status(code)).isEqualTo("REGISTERED");
        assertThat(jdbc.queryForMap("SELECT company_credit_code, national_project_code FROM greenchannel.project "
                + "WHERE project_code = ?", code)).containsValues(company.get(COMPANY_CREDIT_CODE),
                "2026-440703-38-03-012345");
        // stage 1: its lead department confirms the catalogue's items with the commissioner within a working day
        Task confirm = driver.task(pi, GreenChannelProcess.Element.CONFIRM_ITEMS);
        assertThat(driver.candidateGroups(confirm)).containsExactly("dept-natural-resources");
        assertThat(china(confirm.getDueDate())).isEqualTo(LocalDateTime.parse("2026-03-03T23:59:59"));
        // a manufacturing project with new land: filing, land pre-review, land-use permit, energy review, EIA
        assertThat((String) runtimeService.getVariable(confirm.getProcessInstanceId(), GreenChannelProcess.Var.CONFIRMED_ITEMS))
                .isEqualTo("FILING,LAND_PREREVIEW,LAND_USE_PERMIT,ENERGY_REVIEW,EIA");
    }

    @Test
    void a_returned_stage_is_revised_by_the_commissioner_and_reviewed_again() {
        ProcessInstance pi = driver.signed("kaiping", 30000, "kaiping02");
        driver.complete(pi, Element.REGISTER_COMPANY, LeadSamples.company());
        driver.complete(pi, GreenChannelProcess.Element.CONFIRM_ITEMS,
                of(GreenChannelProcess.Var.CONFIRMED_ITEMS, "FILING,LAND_PREREVIEW"));
        driver.runProjectJobs(pi);
        driver.completeAll(pi, GreenChannelProcess.Element.SUBMIT_APPLICATION, of(GreenChannelProcess.Var.MISSING_MATERIALS, ""));
        driver.completeAll(pi, GreenChannelProcess.Element.ACCEPTANCE_CHECK, of(GreenChannelProcess.Var.ACCEPTANCE_RESULT, "ACCEPT"));
        for (Task review : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(driver.code(pi))
                .taskDefinitionKey(GreenChannelProcess.Element.REVIEW_ITEM).list()) {
            boolean prereview = "LAND_PREREVIEW".equals(runtimeService.getVariable(review.getExecutionId(), "itemCode"));
            engine.getTaskService().complete(review.getId(), prereview
                    ? of(GreenChannelProcess.Var.ITEM_DECISION, "REJECT", GreenChannelProcess.Var.ITEM_DECISION_REASON,
                            "缺少勘测定界报告")
                    : of(GreenChannelProcess.Var.ITEM_DECISION, "APPROVE"));
        }
        driver.runProjectJobs(pi);

        assertThat(pi).isWaitingAt(Element.reviseStage(1));
        assertThat(runtimeService.getVariable(pi.getId(), STAGE_RETURN_REASON)).isEqualTo("用地预审与选址意见书：缺少勘测定界报告");
        driver.complete(pi, Element.reviseStage(1), of(REVISION_NOTE, "已补充勘测定界报告"));
        driver.approveStage(pi);

        assertThat(pi).isWaitingAt(Element.SUPPLY_LAND);
        assertThat(jdbc.queryForList("SELECT outcome FROM greenchannel.approval_stage_run WHERE project_code = ? "
                + "ORDER BY started_at", String.class, driver.code(pi))).containsExactly("RETURNED", "APPROVED");
    }

    @Test
    void refusing_an_item_needs_reasons() {
        ProcessInstance pi = driver.signed("heshan", 30000, "heshan02");
        driver.complete(pi, Element.REGISTER_COMPANY, LeadSamples.company());
        driver.complete(pi, GreenChannelProcess.Element.CONFIRM_ITEMS, of(GreenChannelProcess.Var.CONFIRMED_ITEMS, "FILING"));
        driver.runProjectJobs(pi);
        driver.complete(pi, GreenChannelProcess.Element.SUBMIT_APPLICATION, of(GreenChannelProcess.Var.MISSING_MATERIALS, ""));
        driver.complete(pi, GreenChannelProcess.Element.ACCEPTANCE_CHECK, of(GreenChannelProcess.Var.ACCEPTANCE_RESULT, "ACCEPT"));
        String review = driver.task(pi, GreenChannelProcess.Element.REVIEW_ITEM).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(review,
                of(GreenChannelProcess.Var.ITEM_DECISION, "REJECT")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("不予许可的理由");
    }

    @Test
    void land_supply_tasks_carry_the_priority_score_as_task_priority() {
        ProcessInstance pi = driver.signed("taishan", 30000, "taishan02");
        driver.complete(pi, Element.REGISTER_COMPANY, LeadSamples.company());
        driver.approveStage(pi);
        Task land = driver.task(pi, Element.SUPPLY_LAND);
        // 800万元/亩 → 25, 40.5万元/亩 → 20, 800 jobs → 10, key chain 新能源电池 → 20
        assertThat(land.getPriority()).isEqualTo(75);
        assertThat(driver.candidateGroups(land)).containsExactly("dept-natural-resources");
        driver.complete(pi, Element.SUPPLY_LAND, LeadSamples.land());
        assertThat(jdbc.queryForObject("SELECT priority_score FROM greenchannel.land_supply WHERE project_code = ?",
                Integer.class, driver.code(pi))).isEqualTo(75);
        assertThat(status(driver.code(pi))).isEqualTo("LAND_SUPPLIED");
    }

    @Test
    void construction_is_reported_monthly_from_the_first_working_day_until_completion() {
        ProcessInstance pi = driver.signed("jianghai", 30000, "jianghai02");
        driver.toConstruction(pi);
        String code = driver.code(pi);
        assertThat(status(code)).isEqualTo("UNDER_CONSTRUCTION");
        assertThat(pi).isWaitingAt(Element.NEXT_REPORT_PERIOD);

        // the clock is still in March: next month's first working day is Wednesday 1 April
        Job timer = timer(pi);
        assertThat(china(timer.getDuedate())).isEqualTo(LocalDateTime.parse("2026-04-01T09:00:00"));
        // Sunday 20 Sep 2026 is an adjusted working day; 25–27 Sep are the Mid-Autumn holiday:
        // 5 working days run 21, 22, 23, 24, 28 September
        GreenChannelTestClock.setChinaTime("2026-09-20T10:00:00");
        managementService.executeJob(timer.getId());
        Task report = driver.task(pi, Element.REPORT_PROGRESS);
        assertThat(china(report.getDueDate())).isEqualTo(LocalDateTime.parse("2026-09-28T23:59:59"));
        driver.complete(pi, Element.REPORT_PROGRESS, of(PROGRESS_PERCENT, 10, INVESTMENT_TO_DATE, 20000,
                PROGRESS_NOTE, "场地平整", CONSTRUCTION_COMPLETED, false));
        // National Day: a report period opening in October waits for 8 October
        assertThat(china(timer(pi).getDuedate())).isEqualTo(LocalDateTime.parse("2026-10-08T09:00:00"));

        reportMonth(pi, "2026-10-08T09:00:00", of(PROGRESS_PERCENT, 100, INVESTMENT_TO_DATE, 150000,
                PROGRESS_NOTE, "已竣工", CONSTRUCTION_COMPLETED, true, COMPLETED_ON, "2026-10-08"));
        assertThat(status(code)).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForList("SELECT report_period FROM greenchannel.progress_report WHERE project_code = ? "
                + "ORDER BY report_period", String.class, code)).containsExactly("2026-09", "2026-10");
        // stage 4 竣工验收 by housing and construction
        assertThat(driver.candidateGroups(driver.task(pi, GreenChannelProcess.Element.CONFIRM_ITEMS)))
                .containsExactly("dept-housing-construction");
    }

    @Test
    void a_completion_report_needs_its_completion_date_not_before_the_start() {
        ProcessInstance pi = driver.signed("enping", 30000, "enping02");
        driver.toConstruction(pi);
        managementService.executeJob(timer(pi).getId());
        String report = driver.task(pi, Element.REPORT_PROGRESS).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(report, of(PROGRESS_PERCENT, 100,
                INVESTMENT_TO_DATE, 1000, PROGRESS_NOTE, "完工", CONSTRUCTION_COMPLETED, true,
                COMPLETED_ON, "2026-08-01")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-IN-006");
        assertThatThrownBy(() -> engine.getTaskService().complete(report, of(PROGRESS_PERCENT, 120,
                INVESTMENT_TO_DATE, 1000, PROGRESS_NOTE, "完工", CONSTRUCTION_COMPLETED, false)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-IN-003");
        assertThat(pi).isWaitingAt(Element.REPORT_PROGRESS);
    }

    @Test
    void output_evaluation_after_the_configured_months_closes_a_project_that_kept_its_commitments() {
        ProcessInstance pi = toProduction("pengjiang", "pengjiang02");
        String code = driver.code(pi);
        assertThat(status(code)).isEqualTo("IN_PRODUCTION");
        // LEDGER tier: 24 months after 11 Jan 2027 is Thursday 11 Jan 2029 (a year without holiday data: weekends only)
        Job evaluationDue = timer(pi);
        assertThat(china(evaluationDue.getDuedate())).isEqualTo(LocalDateTime.parse("2029-01-11T09:00:00"));
        GreenChannelTestClock.setChinaTime("2029-01-11T09:00:00");
        managementService.executeJob(evaluationDue.getId());
        assertThat(status(code)).isEqualTo("EVALUATING");
        assertThat(driver.candidateGroups(driver.task(pi, Element.EVALUATE_OUTPUT)))
                .containsExactlyInAnyOrder("county-pengjiang", "city-investment-centre");

        // commitments: 800万元/亩, 40.5万元/亩 on 118亩, 150000万元
        driver.complete(pi, Element.EVALUATE_OUTPUT, of(ACTUAL_ANNUAL_OUTPUT, 100000, ACTUAL_ANNUAL_TAX, 5000,
                ACTUAL_INVESTMENT, 152000));
        assertThat(pi).isEnded().hasPassed(Element.END_PROJECT_CLOSED);
        assertThat(status(code)).isEqualTo("CLOSED");
        assertThat(projects.milestones(code)).contains("REGISTERED", "STAGE1_APPROVED", "LAND_SUPPLIED",
                "STAGE2_APPROVED", "STAGE3_APPROVED", "CONSTRUCTION_STARTED", "COMPLETED", "STAGE4_APPROVED",
                "IN_PRODUCTION", "EVALUATED");
        assertThat(jdbc.queryForObject("SELECT reached_on FROM greenchannel.milestone WHERE project_code = ? "
                + "AND milestone_type = 'IN_PRODUCTION'", java.sql.Date.class, code)).hasToString("2027-01-11");
        assertThat(jdbc.queryForObject("SELECT shortfall FROM greenchannel.output_evaluation WHERE project_code = ?",
                Boolean.class, code)).isFalse();
    }

    @Test
    void a_shortfall_opens_breach_recovery_decided_and_recorded_by_the_city_centre() {
        ProcessInstance pi = toProduction("heshan", "heshan02");
        String code = driver.code(pi);
        managementService.executeJob(timer(pi).getId());
        // 亩均产值 50000/118 = 423.73 < 800
        driver.complete(pi, Element.EVALUATE_OUTPUT, of(ACTUAL_ANNUAL_OUTPUT, 50000, ACTUAL_ANNUAL_TAX, 5000,
                ACTUAL_INVESTMENT, 152000));

        assertThat(pi).isWaitingAt(Element.DECIDE_BREACH_RECOVERY);
        assertThat(status(code)).isEqualTo("BREACH_RECOVERY");
        assertThat((String) runtimeService.getVariable(pi.getId(), EVALUATION_SUMMARY))
                .contains("亩均产值 423.73万元/亩（承诺 800万元/亩）未达标").contains("亩均税收 42.37万元/亩（承诺 40.5万元/亩）达标");
        assertThat(driver.candidateGroups(driver.task(pi, Element.DECIDE_BREACH_RECOVERY)))
                .containsExactly("city-investment-centre");

        driver.complete(pi, Element.DECIDE_BREACH_RECOVERY, of(RECTIFICATION_MONTHS, 12, LIQUIDATED_DAMAGES, 300.5,
                INCENTIVE_REFUND, 120, LAND_RECOVERY, false, BREACH_DECISION_REASON, "产能未释放，给予一年整改期"));
        assertThat(pi).isEnded().hasPassed(Element.END_BREACH_DECIDED);
        Map<String, Object> decision = jdbc.queryForMap("SELECT rectification_months, liquidated_damages, land_recovery "
                + "FROM greenchannel.breach_decision WHERE project_code = ?", code);
        assertThat(((Number) decision.get("rectification_months")).intValue()).isEqualTo(12);
        assertThat(((Number) decision.get("liquidated_damages")).doubleValue()).isEqualTo(300.5);
        assertThat(decision.get("land_recovery")).isEqualTo(false);
        assertThat(projects.find(code).orElseThrow().status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(projects.find(code).orElseThrow().statusReason()).contains("违约处理决定").contains("整改期限12个月");
    }

    @Test
    void an_invalid_company_registration_is_refused() {
        ProcessInstance pi = driver.signed("xinhui", 30000, "xinhui02");
        String task = driver.task(pi, Element.REGISTER_COMPANY).getId();
        Map<String, Object> badCode = LeadSamples.company();
        badCode.put(COMPANY_CREDIT_CODE, "91440703MA7X2R8P40");
        assertThatThrownBy(() -> engine.getTaskService().complete(task, badCode))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-IN-007");
        Map<String, Object> badNational = LeadSamples.company();
        badNational.put(NATIONAL_PROJECT_CODE, "2026-4407");
        assertThatThrownBy(() -> engine.getTaskService().complete(task, badNational))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-IN-010");
        Map<String, Object> beforeSigning = LeadSamples.company();
        beforeSigning.put(COMPANY_REGISTERED_ON, "2026-02-01");
        assertThatThrownBy(() -> engine.getTaskService().complete(task, beforeSigning))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("签约日期");
        assertThat(status(driver.code(pi))).isEqualTo("SIGNED");
    }
}
