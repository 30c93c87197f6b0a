package cn.jiangmen.greenchannel.lead;

import static cn.jiangmen.greenchannel.lead.LeadFollowUpProcess.Var.*;
import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.lead;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.GreenChannelTestClock;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.LeadSamples;
import cn.jiangmen.greenchannel.support.LifecycleDriver;
import cn.jiangmen.greenchannel.supervision.SupervisionProcess;
import cn.jiangmen.greenchannel.supervision.SupervisionService;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lead handling of domain.md §10.18 on the Spring context (ADR 0003): warnings before the acknowledge
 * and judge deadlines, and lead-follow-up — feedback to the referrer, progress reports every interval
 * until signing — with the engine clock moved and the timers executed.
 */
@IntegrationTest
@SpringBootTest
class LeadFollowUpTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired FormService formService;
    @Autowired JdbcTemplate jdbc;
    @Autowired LeadFollowUpService followUps;

    private LifecycleDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new LifecycleDriver(engine);
        // Monday 2026-03-02 10:00 in Jiangmen.
        GreenChannelTestClock.setChinaTime("2026-03-02T10:00:00");
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        GreenChannelTestClock.reset();
    }

    // ---- warnings (预警) on the lifecycle's lead tasks ----------------------------------------------

    @Test
    void a_warning_before_the_acknowledge_due_date_raises_the_priority_comments_and_is_recorded_once() {
        ProcessInstance pi = driver.start(lead("xinhui", 20000));
        String code = driver.code(pi);
        Task ack = driver.task(pi, Element.ACKNOWLEDGE_LEAD);
        assertThat(ack.getPriority()).isEqualTo(Task.PRIORITY_NORMAL);
        assertThat(china(ack.getDueDate())).isEqualTo("2026-03-03T23:59:59");

        // 1 working day × 0.8 → the morning of the due day, before the due date
        Job warning = job(pi, Element.ACKNOWLEDGE_LEAD_WARNING);
        assertThat(china(warning.getDuedate())).isEqualTo("2026-03-03T09:00");
        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).executable().count())
                .as("nothing due yet").isZero();

        GreenChannelTestClock.setChinaTime("2026-03-03T09:00:01");
        managementService.executeJob(warning.getId());

        ack = reload(ack);
        assertThat(ack.getPriority()).as("raised to lead-deadlines' warningPriority").isEqualTo(80);
        List<Comment> comments = taskService.getTaskComments(ack.getId());
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).getFullMessage()).contains("【预警】", "线索确认", "2026年3月3日 23:59", "80%");
        assertThat(warnings(code)).containsExactly(Element.ACKNOWLEDGE_LEAD);
        assertThat(jdbc.queryForObject("SELECT due_at FROM greenchannel.lead_warning WHERE project_code = ?",
                java.sql.Timestamp.class, code)).isEqualTo(new java.sql.Timestamp(ack.getDueDate().getTime()));
        assertThat(audits(code, "LEAD_TASK_WARNED")).isEqualTo(1);
        assertThat(driver.task(pi, Element.ACKNOWLEDGE_LEAD).getId()).as("the task stays open").isEqualTo(ack.getId());

        // someone sets the priority back; the warning step runs a second time (a re-run job, a moved token)
        taskService.setPriority(ack.getId(), Task.PRIORITY_NORMAL);
        runtimeService.createProcessInstanceModification(pi.getId())
                .startBeforeActivity(Element.WARN_ACKNOWLEDGE_LEAD).execute();
        assertThat(taskService.getTaskComments(ack.getId())).as("no second comment").hasSize(1);
        assertThat(reload(ack).getPriority()).as("not raised again").isEqualTo(Task.PRIORITY_NORMAL);
        assertThat(warnings(code)).as("recorded once").containsExactly(Element.ACKNOWLEDGE_LEAD);
        assertThat(audits(code, "LEAD_TASK_WARNED")).isEqualTo(1);
    }

    @Test
    void a_warning_fires_before_the_judge_due_date_of_a_major_lead() {
        ProcessInstance pi = driver.start(lead("taishan", 150000));
        String code = driver.code(pi);
        driver.complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "taishan01"));
        assertThat(managementService.createJobQuery().activityId(Element.ACKNOWLEDGE_LEAD_WARNING)
                .processInstanceId(pi.getId()).count()).as("acknowledged in time: no warning left").isZero();

        Task judge = driver.task(pi, Element.JUDGE_LEAD);
        assertThat(china(judge.getDueDate())).isEqualTo("2026-03-11T23:59:59");
        // 7 working days × 0.8 = 5.6 → the 6th working day (Tuesday 10 March), 09:00
        Job warning = job(pi, Element.JUDGE_LEAD_WARNING);
        assertThat(china(warning.getDuedate())).isEqualTo("2026-03-10T09:00");

        GreenChannelTestClock.setChinaTime("2026-03-10T09:00:01");
        managementService.executeJob(warning.getId());

        judge = reload(judge);
        assertThat(judge.getPriority()).isEqualTo(80);
        assertThat(taskService.getTaskComments(judge.getId())).singleElement()
                .satisfies(c -> assertThat(c.getFullMessage()).contains("线索研判", "2026年3月11日 23:59"));
        assertThat(warnings(code)).containsExactly(Element.JUDGE_LEAD);
        // completing the judged task ends its warning branch without a trace
        driver.complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    // ---- lead-follow-up ---------------------------------------------------------------------------

    @Test
    void a_smaller_lead_gets_no_follow_up() {
        ProcessInstance pi = driver.start(lead("heshan", 5000));
        String code = driver.code(pi);
        assertThat(runtimeService.getVariable(pi.getId(), TIER)).isEqualTo("GENERAL");
        driver.complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "heshan01"));
        driver.complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));

        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(LeadFollowUpProcess.KEY)
                .processInstanceBusinessKey(code).count()).isZero();
        assertThat(count("lead_follow_up", code)).isZero();
        assertThat(driver.task(pi, Element.APPOINT_COMMISSIONER)).isNotNull();
    }

    @Test
    void a_pursued_ledger_lead_owes_feedback_within_seven_days_and_a_report_every_fourteen() {
        ProcessInstance pi = driver.start(lead("xinhui", 20000));
        String code = driver.code(pi);
        driver.complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "xinhui01"));
        driver.complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));

        ProcessInstance followUp = followUp(code);
        assertThat(followUp).as("one lead-follow-up with the project's business key").isNotNull();
        assertThat(count("lead_follow_up", code)).isOne();
        Task feedback = followUpTask(code, LeadFollowUpProcess.Element.GIVE_FEEDBACK);
        assertThat(feedback.getAssignee()).isNull();
        assertThat(groups(feedback)).containsExactly("county-xinhui");
        assertThat(users(feedback)).as("the lead's owner named at acknowledgement").containsExactly("xinhui01");
        assertThat(china(feedback.getDueDate())).as("7 calendar days after registration").isEqualTo("2026-03-09T23:59:59");
        assertThat(taskService.getVariable(feedback.getId(), PROJECT_NAME)).isEqualTo("新能源电池材料生产基地");

        Job firstPeriod = job(followUp, LeadFollowUpProcess.Element.NEXT_REPORT_PERIOD);
        assertThat(china(firstPeriod.getDuedate())).as("14 days after judging, 09:00").isEqualTo("2026-03-16T09:00");
        driver.complete(pi, Element.APPOINT_COMMISSIONER, of(COMMISSIONER_ID, "xinhui02"));
        assertThat(users(reload(feedback))).as("the commissioner appointed later may give the feedback too")
                .containsExactly("xinhui01", "xinhui02");
        assertThat(reload(feedback).getAssignee()).isNull();

        GreenChannelTestClock.setChinaTime("2026-03-16T09:00:01");
        managementService.executeJob(firstPeriod.getId());
        Task report = followUpTask(code, LeadFollowUpProcess.Element.REPORT_PROGRESS);
        assertThat(groups(report)).containsExactly("county-xinhui");
        assertThat(users(report)).as("lead owner and commissioner from the record").containsExactly("xinhui01", "xinhui02");
        assertThat(china(report.getDueDate())).as("task-time-limits: 3 working days").isEqualTo("2026-03-19T23:59:59");

        taskService.complete(report.getId(), of(PROGRESS_SUMMARY, "  已赴企业总部洽谈，初步确定选址  ", NEXT_STEP, "组织用地踏勘",
                EXPECTED_SIGNING_DATE, "2026-06-30"));
        assertThat(jdbc.queryForMap("SELECT report_round, summary, next_step, expected_signing_on "
                + "FROM greenchannel.lead_progress_report WHERE project_code = ?", code))
                .containsEntry("REPORT_ROUND", 1).containsEntry("SUMMARY", "已赴企业总部洽谈，初步确定选址")
                .containsEntry("NEXT_STEP", "组织用地踏勘")
                .containsEntry("EXPECTED_SIGNING_ON", java.sql.Date.valueOf("2026-06-30"));
        assertThat(followUpTasks(code, LeadFollowUpProcess.Element.REPORT_PROGRESS)).isEmpty();

        Job secondPeriod = job(followUp, LeadFollowUpProcess.Element.NEXT_REPORT_PERIOD);
        assertThat(china(secondPeriod.getDuedate())).as("the next interval").isEqualTo("2026-03-30T09:00");
        GreenChannelTestClock.setChinaTime("2026-03-30T09:00:01");
        managementService.executeJob(secondPeriod.getId());
        assertThat(followUpTask(code, LeadFollowUpProcess.Element.REPORT_PROGRESS)).isNotNull();
        assertThat(runtimeService.getVariable(followUp.getId(), REPORT_ROUND)).isEqualTo(2);
        assertThat(followUpTask(code, LeadFollowUpProcess.Element.GIVE_FEEDBACK).getId()).isEqualTo(feedback.getId());
    }

    @Test
    void a_missed_feedback_is_supervised_like_every_due_date_with_a_notice_to_the_owner_county() {
        ProcessInstance pi = driver.start(lead("enping", 20000));
        String code = driver.code(pi);
        driver.complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "enping01"));
        driver.complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        Task feedback = followUpTask(code, LeadFollowUpProcess.Element.GIVE_FEEDBACK);
        String caseId = code + "/" + SupervisionService.TASK_ITEM_PREFIX + feedback.getId();

        runSupervisionScan("2026-03-09T07:00:00");   // due at the end of 9 March: not missed yet
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.supervision_case WHERE case_id = ?",
                Integer.class, caseId)).isZero();
        runSupervisionScan("2026-03-10T07:00:00");
        String supervision = jdbc.queryForObject("SELECT process_instance_id FROM greenchannel.supervision_case "
                + "WHERE case_id = ?", String.class, caseId);
        Task notice = taskService.createTaskQuery().processInstanceId(supervision)
                .taskDefinitionKey(SupervisionProcess.Element.NOTICE).singleResult();
        assertThat(notice).as("1st miss: a notice to the lead units (§10.9: lead deadlines → the owner county)")
                .isNotNull();
        assertThat(groups(notice)).containsExactly("county-enping");
        assertThat(users(notice)).contains("enping01");
    }

    private void runSupervisionScan(String chinaTime) {
        GreenChannelTestClock.setChinaTime(chinaTime);
        List<Job> timers = managementService.createJobQuery().processDefinitionKey(SupervisionService.KEY).timers()
                .list().stream().filter(j -> j.getProcessInstanceId() == null).toList();
        assertThat(timers).as("the daily scan's timer start").hasSize(1);
        managementService.executeJob(timers.get(0).getId());
    }

    @Test
    void signing_ends_the_reports_but_leaves_an_open_feedback_task() {
        ProcessInstance pi = driver.start(lead("jianghai", 30000));
        String code = driver.code(pi);
        driver.complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "jianghai01"));
        driver.complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        driver.complete(pi, Element.APPOINT_COMMISSIONER, of(COMMISSIONER_ID, "jianghai02"));
        driver.complete(pi, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "AGREED"));
        for (String review : List.of(Element.REVIEW_NATURAL_RESOURCES, Element.REVIEW_ECOLOGY_ENVIRONMENT,
                Element.REVIEW_DEVELOPMENT_REFORM, Element.REVIEW_INDUSTRY_CHAIN)) {
            driver.complete(pi, review, of(REVIEW_OPINION, "AGREE"));
        }
        driver.runJobs(pi);
        driver.complete(pi, Element.DECIDE_REVIEW, of(REVIEW_DECISION, "PASS"));
        ProcessInstance followUp = followUp(code);
        GreenChannelTestClock.setChinaTime("2026-03-16T09:00:01");
        managementService.executeJob(job(followUp, LeadFollowUpProcess.Element.NEXT_REPORT_PERIOD).getId());
        assertThat(followUpTask(code, LeadFollowUpProcess.Element.REPORT_PROGRESS)).as("a report is open").isNotNull();

        driver.complete(pi, Element.SIGN_AGREEMENT, LeadSamples.agreement());

        assertThat(followUpTasks(code, LeadFollowUpProcess.Element.REPORT_PROGRESS)).as("report withdrawn").isEmpty();
        assertThat(managementService.createJobQuery().processInstanceId(followUp.getId()).count()).as("no next period")
                .isZero();
        assertThat(passed(followUp, LeadFollowUpProcess.Element.END_REPORTS_ENDED)).isTrue();
        Task feedback = followUpTask(code, LeadFollowUpProcess.Element.GIVE_FEEDBACK);
        assertThat(feedback).as("feedback is still owed").isNotNull();
        assertThat(driver.task(pi, Element.REGISTER_COMPANY)).as("the lifecycle went on").isNotNull();

        taskService.complete(feedback.getId(), of(FEEDBACK_CONTENT, "已签约，感谢推荐", FEEDBACK_CHANNEL, "LETTER",
                FEEDBACK_DATE, "2026-03-16"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(followUp.getId()).count())
                .as("follow-up ended").isZero();
        assertThat(count("lead_progress_report", code)).as("the open report was never submitted").isZero();
        assertThat(count("lead_feedback", code)).isOne();
    }

    @Test
    void a_project_abandoned_in_talks_ends_the_reports_and_the_follow_up() {
        ProcessInstance pi = driver.start(lead("enping", 30000));
        String code = driver.code(pi);
        driver.complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "enping01"));
        driver.complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        ProcessInstance followUp = followUp(code);
        taskService.complete(followUpTask(code, LeadFollowUpProcess.Element.GIVE_FEEDBACK).getId(),
                of(FEEDBACK_CONTENT, "已进入洽谈", FEEDBACK_CHANNEL, "PHONE", FEEDBACK_DATE, "2026-03-02"));
        assertThat(job(followUp, LeadFollowUpProcess.Element.NEXT_REPORT_PERIOD)).isNotNull();

        driver.complete(pi, Element.APPOINT_COMMISSIONER, of(COMMISSIONER_ID, "enping02"));
        driver.complete(pi, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "ABANDONED", NEGOTIATION_REASON, "投资方转投他市"));

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(followUp.getId()).count())
                .as("the lifecycle's end ended the follow-up's reports, and with them the follow-up").isZero();
        assertThat(passed(followUp, LeadFollowUpProcess.Element.END_REPORTS_ENDED)).isTrue();
    }

    @Test
    void a_dropped_ledger_lead_still_owes_feedback_and_no_reports() {
        ProcessInstance pi = driver.start(lead("kaiping", 20000));
        String code = driver.code(pi);
        driver.complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "kaiping01"));
        driver.complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "DROP", JUDGEMENT_REASON, "不符合产业定位"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count())
                .as("the lifecycle ended at DROPPED").isZero();

        ProcessInstance followUp = followUp(code);
        assertThat(followUp).isNotNull();
        assertThat(managementService.createJobQuery().processInstanceId(followUp.getId()).count()).as("no reports").isZero();
        assertThat(passed(followUp, LeadFollowUpProcess.Element.END_NO_REPORTS_OWED)).isTrue();
        Task feedback = followUpTask(code, LeadFollowUpProcess.Element.GIVE_FEEDBACK);
        assertThat(taskService.getVariables(feedback.getId())).containsEntry(JUDGEMENT, "DROP")
                .containsEntry(JUDGEMENT_REASON, "不符合产业定位").containsEntry(REFERRER_NAME, "江门市某商会");

        taskService.complete(feedback.getId(), of(FEEDBACK_CONTENT, "经研判不符合本区产业定位，暂不跟进", FEEDBACK_CHANNEL,
                "MEETING", FEEDBACK_DATE, "2026-03-02"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(followUp.getId()).count()).isZero();
        assertThat(jdbc.queryForMap("SELECT fed_back_on, channel, content FROM greenchannel.lead_feedback "
                + "WHERE project_code = ?", code)).containsEntry("FED_BACK_ON", java.sql.Date.valueOf("2026-03-02"))
                .containsEntry("CHANNEL", "MEETING").containsEntry("CONTENT", "经研判不符合本区产业定位，暂不跟进");
        assertThat(audits(code, "LEAD_FEEDBACK")).isOne();
    }

    @Test
    void the_server_refuses_bad_feedback_and_reports_and_writes_nothing() {
        ProcessInstance pi = driver.start(lead("pengjiang", 20000));
        String code = driver.code(pi);
        driver.complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "pengjiang01"));
        driver.complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        String feedback = followUpTask(code, LeadFollowUpProcess.Element.GIVE_FEEDBACK).getId();

        refused(feedback, of(FEEDBACK_CHANNEL, "PHONE", FEEDBACK_DATE, "2026-03-02"), "GC-IN-001", "请填写“反馈内容”");
        refused(feedback, of(FEEDBACK_CONTENT, "   ", FEEDBACK_CHANNEL, "PHONE", FEEDBACK_DATE, "2026-03-02"),
                "GC-IN-001", "反馈内容");
        refused(feedback, of(FEEDBACK_CONTENT, "已反馈", FEEDBACK_CHANNEL, "FAX", FEEDBACK_DATE, "2026-03-02"),
                "GC-IN-005", "反馈方式");
        refused(feedback, of(FEEDBACK_CONTENT, "已反馈", FEEDBACK_CHANNEL, "PHONE", FEEDBACK_DATE, "2026-03-03"),
                "GC-IN-011", "不能晚于今天");
        refused(feedback, of(FEEDBACK_CONTENT, "已反馈", FEEDBACK_CHANNEL, "PHONE", FEEDBACK_DATE, "2026-03-01"),
                "GC-IN-006", "线索登记日期");
        refused(feedback, of(FEEDBACK_CONTENT, "反".repeat(1001), FEEDBACK_CHANNEL, "PHONE", FEEDBACK_DATE, "2026-03-02"),
                "GC-IN-004", "不能超过1000个字");
        assertThat(count("lead_feedback", code)).isZero();
        assertThat(audits(code, "LEAD_FEEDBACK")).isZero();
        assertThat(followUpTask(code, LeadFollowUpProcess.Element.GIVE_FEEDBACK).getId()).isEqualTo(feedback);

        GreenChannelTestClock.setChinaTime("2026-03-16T09:00:01");
        managementService.executeJob(job(followUp(code), LeadFollowUpProcess.Element.NEXT_REPORT_PERIOD).getId());
        String report = followUpTask(code, LeadFollowUpProcess.Element.REPORT_PROGRESS).getId();
        refused(report, of(PROGRESS_SUMMARY, "已洽谈"), "GC-IN-001", "下一步工作");
        refused(report, of(PROGRESS_SUMMARY, "已洽谈", NEXT_STEP, "继续洽谈", EXPECTED_SIGNING_DATE, "2026-03-15"),
                "GC-IN-006", "预计签约日期");
        refused(report, of(PROGRESS_SUMMARY, "已洽谈", NEXT_STEP, "继续洽谈", EXPECTED_SIGNING_DATE, "下个月"),
                "GC-IN-002", "预计签约日期");
        assertThat(count("lead_progress_report", code)).isZero();
        assertThat(runtimeService.getVariable(followUp(code).getId(), REPORT_ROUND)).isEqualTo(1);

        // the same submissions, right, go through
        taskService.complete(report, of(PROGRESS_SUMMARY, "已洽谈", NEXT_STEP, "继续洽谈", EXPECTED_SIGNING_DATE, ""));
        assertThat(jdbc.queryForMap("SELECT report_round, expected_signing_on FROM greenchannel.lead_progress_report "
                + "WHERE project_code = ?", code)).containsEntry("REPORT_ROUND", 1).containsEntry("EXPECTED_SIGNING_ON", null);
    }

    @Test
    void a_project_never_gets_a_second_follow_up() {
        ProcessInstance pi = driver.start(lead("taishan", 20000));
        String code = driver.code(pi);
        driver.complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "taishan01"));
        driver.complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        assertThat(followUp(code)).isNotNull();

        assertThat(followUps.start(code, LifecycleProcess.Outcome.PURSUE, 7, 14, Map.of(PROJECT_NAME, "重复"))).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(LeadFollowUpProcess.KEY)
                .processInstanceBusinessKey(code).count()).isOne();
        assertThat(followUps.start(code, LifecycleProcess.Outcome.DROP, 0, 0, Map.of())).as("nothing owed").isEmpty();
    }

    @Test
    void ending_reports_of_a_project_without_a_follow_up_does_nothing() {
        followUps.endReports("JM2026-99999");
        ProcessInstance pi = driver.start(lead("heshan", 5000));
        followUps.endReports(driver.code(pi));
        assertThat(driver.task(pi, Element.ACKNOWLEDGE_LEAD)).isNotNull();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private void refused(String taskId, Map<String, Object> submission, String code, String chinese) {
        assertThatThrownBy(() -> taskService.complete(taskId, submission))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining(code).hasMessageContaining(chinese);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("still open").isOne();
    }

    private ProcessInstance followUp(String code) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(LeadFollowUpProcess.KEY)
                .processInstanceBusinessKey(code).singleResult();
    }

    private List<Task> followUpTasks(String code, String key) {
        return taskService.createTaskQuery().processDefinitionKey(LeadFollowUpProcess.KEY)
                .processInstanceBusinessKey(code).taskDefinitionKey(key).list();
    }

    private Task followUpTask(String code, String key) {
        List<Task> tasks = followUpTasks(code, key);
        assertThat(tasks).as("open " + key).hasSize(1);
        assertThat(formService.getDeployedTaskForm(tasks.get(0).getId())).as("form of " + key).isNotNull();
        return tasks.get(0);
    }

    private Job job(ProcessInstance pi, String activityId) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    }

    private Task reload(Task task) {
        return taskService.createTaskQuery().taskId(task.getId()).singleResult();
    }

    private boolean passed(ProcessInstance pi, String activityId) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).activityId(activityId)
                .finished().count() > 0;
    }

    private List<String> groups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private List<String> users(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getUserId() != null)
                .map(IdentityLink::getUserId).sorted().toList();
    }

    private List<String> warnings(String code) {
        return jdbc.queryForList("SELECT task_key FROM greenchannel.lead_warning WHERE project_code = ? ORDER BY task_key",
                String.class, code);
    }

    private long count(String table, String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel." + table + " WHERE project_code = ?", Long.class,
                code);
    }

    private long audits(String code, String action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.audit_log WHERE project_code = ? AND action = ?",
                Long.class, code, action);
    }

    private static String china(Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), Zones.CHINA).toString();
    }
}
