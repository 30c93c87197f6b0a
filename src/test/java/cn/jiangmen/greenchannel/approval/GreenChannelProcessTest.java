package cn.jiangmen.greenchannel.approval;

import static cn.jiangmen.greenchannel.approval.GreenChannelProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.jiangmen.greenchannel.approval.GreenChannelProcess.Element;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
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
import org.camunda.bpm.engine.TaskService;
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

/** approval-item and approval-follow-up in every mode and timer path, with the engine clock moved. */
@IntegrationTest
@SpringBootTest
class GreenChannelProcessTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired JdbcTemplate jdbc;
    LifecycleDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new LifecycleDriver(engine);
    }

    @AfterEach
    void tearDown() {
        GreenChannelTestClock.reset();
    }

    /** A signed project (its lifecycle waits at company registration) and one item of it. */
    private ProcessInstance item(ProcessInstance lifecycle, String itemCode) {
        String code = driver.code(lifecycle);
        Map<String, Object> v = of(ITEM_CODE, itemCode);
        for (String name : List.of(LifecycleProcess.Var.PROJECT_CODE, LifecycleProcess.Var.PROJECT_NAME,
                LifecycleProcess.Var.OWNER_COUNTY, LifecycleProcess.Var.OWNER_COUNTY_GROUP, LifecycleProcess.Var.TIER,
                LifecycleProcess.Var.COMMISSIONER_ID)) {
            v.put(name, runtimeService.getVariable(lifecycle.getId(), name));
        }
        return runtimeService.startProcessInstanceByKey(GreenChannelProcess.ITEM_KEY, code, v);
    }

    private Task task(ProcessInstance pi, String key) {
        Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
        assertThat(task).as(key).isNotNull();
        assertThat(engine.getFormService().getDeployedTaskForm(task.getId())).isNotNull();
        return task;
    }

    private void complete(ProcessInstance pi, String key, Map<String, Object> variables) {
        taskService.complete(task(pi, key).getId(), variables);
    }

    private ProcessInstance followUp(String code) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(GreenChannelProcess.FOLLOW_UP_KEY).active().singleResult();
    }

    private Map<String, Object> caseOf(ProcessInstance item) {
        return jdbc.queryForMap("SELECT * FROM greenchannel.approval_case WHERE case_id = ?", item.getId());
    }

    private static LocalDateTime china(Date d) {
        return LocalDateTime.ofInstant(d.toInstant(), CHINA);
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .singleResult();
    }

    @Test
    void standard_mode_with_a_correction_that_pauses_the_clock_over_a_weekend() {
        GreenChannelTestClock.setChinaTime("2026-03-02T10:00:00");
        ProcessInstance lifecycle = driver.signed("xinhui", 30000, "xinhui02");
        GreenChannelTestClock.setChinaTime("2026-03-06T10:00:00"); // Friday
        ProcessInstance item = item(lifecycle, "FILING");
        assertThat(driver.candidateGroups(task(item, Element.SUBMIT_APPLICATION))).containsExactly("county-xinhui");
        complete(item, Element.SUBMIT_APPLICATION, of(MISSING_MATERIALS, "LICENCE"));

        assertThat(runtimeService.getVariable(item.getId(), MODE)).isEqualTo("STANDARD");
        assertThat(runtimeService.getVariable(item.getId(), ITEM_DUE_DATE)).isEqualTo("2026-03-11");
        Task check = task(item, Element.ACCEPTANCE_CHECK);
        assertThat(driver.candidateGroups(check)).containsExactly("dept-development-reform");
        complete(item, Element.ACCEPTANCE_CHECK, of(ACCEPTANCE_RESULT, "CORRECTION",
                CORRECTION_NOTICE, "请补充项目单位营业执照副本"));

        GreenChannelTestClock.setChinaTime("2026-03-10T09:00:00"); // Tuesday: Monday 9th was wholly paused
        complete(item, Element.SUBMIT_CORRECTION, of(CORRECTION_NOTE, "已补充营业执照"));
        assertThat(runtimeService.getVariable(item.getId(), ITEM_DUE_DATE)).isEqualTo("2026-03-12");
        complete(item, Element.ACCEPTANCE_CHECK, of(ACCEPTANCE_RESULT, "ACCEPT"));
        complete(item, Element.REVIEW_ITEM, of(ITEM_DECISION, "APPROVE"));

        assertThat(item).isEnded();
        Map<String, Object> row = caseOf(item);
        assertThat(row).containsEntry("mode", "STANDARD").containsEntry("outcome", "APPROVED")
                .containsEntry("clock_status", "NORMAL");
        // 9 and 10 March are working days after receipt; Monday 9th lay wholly inside the pause
        assertThat(((Number) row.get("working_days_used")).intValue()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.approval_pause WHERE case_id = ? "
                + "AND ended_at IS NOT NULL", Integer.class, item.getId())).isEqualTo(1);
        assertThat(followUp(driver.code(lifecycle))).isNull();
    }

    @Test
    void a_tolerant_case_crossing_national_day_reminds_then_ends_when_the_deadline_passes() {
        GreenChannelTestClock.setChinaTime("2026-09-21T10:00:00");
        ProcessInstance lifecycle = driver.signed("taishan", 30000, "taishan02");
        String code = driver.code(lifecycle);
        GreenChannelTestClock.setChinaTime("2026-09-23T10:00:00");
        ProcessInstance item = item(lifecycle, "EIA");
        complete(item, Element.SUBMIT_APPLICATION, of(MISSING_MATERIALS, "PUBLIC_PARTICIPATION"));

        assertThat(runtimeService.getVariable(item.getId(), MODE)).isEqualTo("TOLERANT");
        // 15 working days across Mid-Autumn (25–27 Sep), National Day (1–7 Oct) and the worked Saturday 10 Oct
        assertThat(runtimeService.getVariable(item.getId(), ITEM_DUE_DATE)).isEqualTo("2026-10-21");
        String acceptance = task(item, Element.TOLERANT_ACCEPTANCE).getId();
        assertThatThrownBy(() -> taskService.complete(acceptance, of(SUPPLEMENT_DEADLINE, "2026-10-30",
                TOLERANCE_NOTICE, "公众参与说明请于10月30日前补交")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-GC-423");
        taskService.complete(acceptance, of(SUPPLEMENT_DEADLINE, "2026-10-20",
                TOLERANCE_NOTICE, "公众参与说明请于10月20日前通过网上办事大厅补交"));
        complete(item, Element.REVIEW_ITEM, of(ITEM_DECISION, "APPROVE"));
        assertThat(item).isEnded();
        assertThat(caseOf(item)).containsEntry("follow_up_kind", "SUPPLEMENT").containsEntry("follow_up_status", "OPEN");

        ProcessInstance followUp = followUp(code);
        assertThat(followUp).isWaitingAt(Element.SUBMIT_SUPPLEMENT);
        Job reminder = timer(followUp, Element.SUPPLEMENT_REMINDER);
        assertThat(china(reminder.getDuedate())).isEqualTo(LocalDateTime.parse("2026-10-15T09:00:00"));
        managementService.executeJob(reminder.getId());
        assertThat(followUp).isWaitingAt(Element.SUBMIT_SUPPLEMENT);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.audit_log WHERE project_code = ? AND "
                + "action = 'SUPPLEMENT_REMINDER'", Integer.class, code)).isEqualTo(1);

        Job overdue = timer(followUp, Element.SUPPLEMENT_OVERDUE);
        assertThat(china(overdue.getDuedate())).isEqualTo(LocalDateTime.parse("2026-10-20T23:59:59"));
        GreenChannelTestClock.setChinaTime("2026-10-21T00:00:01");
        managementService.executeJob(overdue.getId());

        assertThat(followUp).isEnded();
        assertThat(caseOf(item)).containsEntry("follow_up_status", "TERMINATED");
        assertThat(jdbc.queryForObject("SELECT kind FROM greenchannel.credit_record WHERE case_id = ?", String.class,
                item.getId())).isEqualTo("TOLERANT_TERMINATED");
        // ApprovalRevoked reached the lifecycle: the commissioner and the city centre decide
        Task decide = driver.task(lifecycle, LifecycleProcess.Element.DECIDE_AFTER_REVOCATION);
        assertThat(driver.candidateGroups(decide)).containsExactly("city-investment-centre");
        assertThat((String) runtimeService.getVariable(lifecycle.getId(), REVOCATION_REASON)).contains("环评审批");
    }

    @Test
    void a_supplement_received_and_accepted_issues_the_licence() {
        GreenChannelTestClock.setChinaTime("2026-03-02T10:00:00");
        ProcessInstance lifecycle = driver.signed("kaiping", 30000, "kaiping02");
        ProcessInstance item = item(lifecycle, "PLANNING_PERMIT");
        complete(item, Element.SUBMIT_APPLICATION, of(MISSING_MATERIALS, "SURVEY_REPORT"));
        complete(item, Element.TOLERANT_ACCEPTANCE, of(SUPPLEMENT_DEADLINE, "2026-03-04", TOLERANCE_NOTICE, "补交放线测量报告"));
        complete(item, Element.REVIEW_ITEM, of(ITEM_DECISION, "APPROVE"));
        ProcessInstance followUp = followUp(driver.code(lifecycle));
        complete(followUp, Element.SUBMIT_SUPPLEMENT, of(SUPPLEMENT_NOTE, "已补交规划放线测量报告"));
        String check = task(followUp, Element.CHECK_SUPPLEMENT).getId();
        assertThatThrownBy(() -> taskService.complete(check, of(SUPPLEMENT_RESULT, "REJECT")))
                .isInstanceOf(FormFieldValidationException.class);
        taskService.complete(check, of(SUPPLEMENT_RESULT, "ACCEPT"));
        assertThat(followUp).isEnded();
        assertThat(caseOf(item)).containsEntry("follow_up_status", "LICENSED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.credit_record WHERE case_id = ?",
                Integer.class, item.getId())).isZero();
    }

    @Test
    void a_false_commitment_not_rectified_is_revoked_and_bars_the_applicant_and_the_lifecycle_decides() {
        GreenChannelTestClock.setChinaTime("2026-03-02T10:00:00");
        ProcessInstance lifecycle = driver.signed("heshan", 30000, "heshan02");
        String code = driver.code(lifecycle);
        ProcessInstance item = item(lifecycle, "CONSTRUCTION_PERMIT");
        String submit = task(item, Element.SUBMIT_APPLICATION).getId();
        assertThatThrownBy(() -> taskService.complete(submit, of(MISSING_MATERIALS, "", CHOOSE_COMMITMENT, true)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("告知承诺书");
        taskService.complete(submit, of(MISSING_MATERIALS, "FUNDS_PROOF", CHOOSE_COMMITMENT, true, COMMITMENT_SIGNED, true));

        assertThat(runtimeService.getVariable(item.getId(), MODE)).isEqualTo("COMMITMENT");
        // the shortened limit: one working day
        assertThat(runtimeService.getVariable(item.getId(), ITEM_DUE_DATE)).isEqualTo("2026-03-03");
        complete(item, Element.DECIDE_ON_COMMITMENT, of(ITEM_DECISION, "APPROVE"));
        assertThat(item).isEnded();

        ProcessInstance followUp = followUp(code);
        Task verify = task(followUp, Element.VERIFY_COMMITMENT);
        // 30 working days from 2 March 2026 (Qingming 4–6 April)
        assertThat(china(verify.getDueDate())).isEqualTo(LocalDateTime.parse("2026-04-14T23:59:59"));
        // 20 working days after the decision the check finds the commitment untrue
        GreenChannelTestClock.setChinaTime("2026-03-30T10:00:00");
        complete(followUp, Element.VERIFY_COMMITMENT, of(VERIFICATION_RESULT, "FAIL",
                VERIFICATION_FINDINGS, "建设资金未落实", RECTIFICATION_DEADLINE, "2026-04-15"));
        GreenChannelTestClock.setChinaTime("2026-04-16T10:00:00");
        complete(followUp, Element.CHECK_RECTIFICATION, of(RECTIFICATION_RESULT, "NOT_RECTIFIED",
                RECTIFICATION_NOTE, "逾期未提供资金证明"));

        assertThat(followUp).isEnded();
        assertThat(caseOf(item)).containsEntry("follow_up_status", "REVOKED");
        Map<String, Object> record = jdbc.queryForMap("SELECT kind, bar_until FROM greenchannel.credit_record "
                + "WHERE case_id = ?", item.getId());
        assertThat(record.get("kind")).isEqualTo("FALSE_COMMITMENT");
        assertThat(record.get("bar_until").toString()).isEqualTo("2026-10-16");
        assertThat(driver.task(lifecycle, LifecycleProcess.Element.DECIDE_AFTER_REVOCATION)).isNotNull();

        // the barred applicant cannot use a commitment again, and its next item goes the standard way
        ProcessInstance next = item(lifecycle, "COMPLETION_FILING");
        assertThat(runtimeService.getVariable(next.getId(), CREDIT_STATUS)).isEqualTo("BARRED");
        String nextSubmit = task(next, Element.SUBMIT_APPLICATION).getId();
        assertThatThrownBy(() -> taskService.complete(nextSubmit, of(MISSING_MATERIALS, "", CHOOSE_COMMITMENT, true,
                COMMITMENT_SIGNED, true)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-GC-403");
        taskService.complete(nextSubmit, of(MISSING_MATERIALS, "QUALITY_WARRANTY"));
        assertThat(runtimeService.getVariable(next.getId(), MODE)).isEqualTo("STANDARD");
    }

    @Test
    void a_commitment_verified_true_closes_the_follow_up() {
        GreenChannelTestClock.setChinaTime("2026-03-02T10:00:00");
        ProcessInstance lifecycle = driver.signed("enping", 30000, "enping02");
        ProcessInstance item = item(lifecycle, "FILING");
        complete(item, Element.SUBMIT_APPLICATION, of(MISSING_MATERIALS, "", CHOOSE_COMMITMENT, true, COMMITMENT_SIGNED, true));
        complete(item, Element.DECIDE_ON_COMMITMENT, of(ITEM_DECISION, "APPROVE"));
        ProcessInstance followUp = followUp(driver.code(lifecycle));
        complete(followUp, Element.VERIFY_COMMITMENT, of(VERIFICATION_RESULT, "PASS"));
        assertThat(followUp).isEnded();
        assertThat(caseOf(item)).containsEntry("follow_up_status", "CLOSED");
    }

    @Test
    void a_commitment_rectified_in_time_closes_without_a_credit_record() {
        GreenChannelTestClock.setChinaTime("2026-03-02T10:00:00");
        ProcessInstance lifecycle = driver.signed("jianghai", 30000, "jianghai02");
        ProcessInstance item = item(lifecycle, "LAND_USE_PERMIT");
        complete(item, Element.SUBMIT_APPLICATION, of(MISSING_MATERIALS, "", CHOOSE_COMMITMENT, true, COMMITMENT_SIGNED, true));
        complete(item, Element.DECIDE_ON_COMMITMENT, of(ITEM_DECISION, "APPROVE"));
        ProcessInstance followUp = followUp(driver.code(lifecycle));
        complete(followUp, Element.VERIFY_COMMITMENT, of(VERIFICATION_RESULT, "FAIL", VERIFICATION_FINDINGS, "红线图与合同不一致",
                RECTIFICATION_DEADLINE, "2026-03-20"));
        complete(followUp, Element.CHECK_RECTIFICATION, of(RECTIFICATION_RESULT, "RECTIFIED", RECTIFICATION_NOTE, "已更正"));
        assertThat(followUp).isEnded();
        assertThat(caseOf(item)).containsEntry("follow_up_status", "CLOSED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.credit_record WHERE case_id = ?",
                Integer.class, item.getId())).isZero();
    }

    @Test
    void after_a_revocation_the_project_can_be_suspended_resumed_or_stopped() {
        GreenChannelTestClock.setChinaTime("2026-03-02T10:00:00");
        ProcessInstance lifecycle = driver.signed("pengjiang", 30000, "pengjiang02");
        String code = driver.code(lifecycle);
        revokeOneItem(lifecycle);
        driver.complete(lifecycle, LifecycleProcess.Element.DECIDE_AFTER_REVOCATION, of(
                LifecycleProcess.Var.REVOCATION_DECISION, "SUSPEND",
                LifecycleProcess.Var.REVOCATION_DECISION_REASON, "待投资方落实资金后再推进"));
        assertThat(status(code)).isEqualTo("SUSPENDED");
        String register = driver.task(lifecycle, LifecycleProcess.Element.REGISTER_COMPANY).getId();
        assertThatThrownBy(() -> taskService.complete(register, LeadSamples.company()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-PRJ-423");

        driver.complete(lifecycle, LifecycleProcess.Element.RESUME_SUSPENDED, of(
                LifecycleProcess.Var.RESUME_DECISION, "RESUME", LifecycleProcess.Var.RESUME_DECISION_REASON, "资金已落实"));
        assertThat(status(code)).isEqualTo("SIGNED");
        driver.complete(lifecycle, LifecycleProcess.Element.REGISTER_COMPANY, LeadSamples.company());

        revokeOneItem(lifecycle);
        driver.complete(lifecycle, LifecycleProcess.Element.DECIDE_AFTER_REVOCATION, of(
                LifecycleProcess.Var.REVOCATION_DECISION, "STOP",
                LifecycleProcess.Var.REVOCATION_DECISION_REASON, "投资方提供虚假材料，终止项目"));
        assertThat(lifecycle).isEnded().hasPassed(LifecycleProcess.Element.END_PROJECT_STOPPED);
        assertThat(status(code)).isEqualTo("STOPPED");
    }

    @Test
    void applying_again_after_a_revocation_starts_the_item_in_standard_mode() {
        GreenChannelTestClock.setChinaTime("2026-03-02T10:00:00");
        ProcessInstance lifecycle = driver.signed("xinhui", 30000, "xinhui02");
        String code = driver.code(lifecycle);
        revokeOneItem(lifecycle);
        driver.complete(lifecycle, LifecycleProcess.Element.DECIDE_AFTER_REVOCATION, of(
                LifecycleProcess.Var.REVOCATION_DECISION, "APPLY_AGAIN",
                LifecycleProcess.Var.REVOCATION_DECISION_REASON, "按一般程序重新申报"));
        ProcessInstance again = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(GreenChannelProcess.ITEM_KEY).active().singleResult();
        complete(again, Element.SUBMIT_APPLICATION, of(MISSING_MATERIALS, ""));
        assertThat(runtimeService.getVariable(again.getId(), MODE)).isEqualTo("STANDARD");
        assertThat(runtimeService.getVariable(again.getId(), MODE_REASON)).asString().contains("重新申报");
    }

    private String status(String code) {
        return jdbc.queryForObject("SELECT status FROM greenchannel.project WHERE project_code = ?", String.class, code);
    }

    /** A tolerant item whose supplement deadline passes: ApprovalRevoked reaches the lifecycle. */
    private void revokeOneItem(ProcessInstance lifecycle) {
        ProcessInstance item = item(lifecycle, "DESIGN_REVIEW");
        complete(item, Element.SUBMIT_APPLICATION, of(MISSING_MATERIALS, "EFFECT_DRAWINGS"));
        complete(item, Element.TOLERANT_ACCEPTANCE, of(SUPPLEMENT_DEADLINE, "2026-03-04", TOLERANCE_NOTICE, "补交效果图"));
        complete(item, Element.REVIEW_ITEM, of(ITEM_DECISION, "APPROVE"));
        ProcessInstance followUp = followUp(driver.code(lifecycle));
        managementService.executeJob(timer(followUp, Element.SUPPLEMENT_OVERDUE).getId());
        assertThat(followUp).isEnded();
    }

    @Test
    void the_lead_department_confirms_only_known_items_of_its_stage() {
        GreenChannelTestClock.setChinaTime("2026-03-02T10:00:00");
        ProcessInstance lifecycle = driver.signed("enping", 30000, "enping02");
        driver.complete(lifecycle, LifecycleProcess.Element.REGISTER_COMPANY, LeadSamples.company());
        String confirm = driver.task(lifecycle, Element.CONFIRM_ITEMS).getId();
        assertThatThrownBy(() -> taskService.complete(confirm, of(CONFIRMED_ITEMS, "FILING,NOPE")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-GC-404");
        assertThatThrownBy(() -> taskService.complete(confirm, of(CONFIRMED_ITEMS, "FILING,FIRE_DESIGN")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-GC-422");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.approval_case WHERE project_code = ?",
                Integer.class, driver.code(lifecycle))).isZero();
        taskService.complete(confirm, of(CONFIRMED_ITEMS, "filing"));
        driver.runProjectJobs(lifecycle);
        assertThat(jdbc.queryForList("SELECT item_code FROM greenchannel.approval_case WHERE project_code = ?",
                String.class, driver.code(lifecycle))).containsExactly("FILING");
    }
}
