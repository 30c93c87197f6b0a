package cn.jiangmen.greenchannel.security;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.lead.LeadFollowUpProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.EngineRestClient;
import cn.jiangmen.greenchannel.transfer.TransferProcess;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.LeadSamples;
import cn.jiangmen.greenchannel.support.LifecycleDriver;
import cn.jiangmen.greenchannel.support.ProjectSetup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The task forms of project-lifecycle (first half and the second half's registration, land supply and
 * construction start), project-transfer and lead-follow-up refuse bad input over /engine-rest with 400, a
 * stable code and a Chinese message, and change nothing: the task stays open, no other task appears, the project
 * record, its milestones, opinions, agreement and audit trail are as before.
 */
@IntegrationTest
// One engine may be named "default" per JVM (the REST API and webapps address it): close this
// context after the class so the next web test does not meet a stale "default" engine.
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskFormBadInputTest {

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    /** form (task), who submits, how far the project is driven first, the bad submission, code, Chinese words. */
    record Case(String form, String taskKey, String user, Function<TaskFormBadInputTest, ProcessInstance> drive,
            Map<String, Object> submission, String code, String chinese) {
        @Override
        public String toString() {
            return form + " " + code;
        }
    }

    static Stream<Arguments> cases() {
        Map<String, Object> lateProduction = LeadSamples.agreement();
        lateProduction.put(PLANNED_PRODUCTION_DATE, "2026-08-01");
        Map<String, Object> negativeInvestment = LeadSamples.agreement();
        negativeInvestment.put(AGREED_INVESTMENT, -1);
        Map<String, Object> textInvestment = LeadSamples.agreement();
        textInvestment.put(AGREED_INVESTMENT, "一亿");
        Map<String, Object> badCreditCode = LeadSamples.agreement();
        String valid = LeadSamples.VALID_CREDIT_CODE;
        badCreditCode.put(INVESTOR_CREDIT_CODE, valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0'));
        return Stream.of(
                new Case("acknowledge-lead", Element.ACKNOWLEDGE_LEAD, "pengjiang01", t -> t.registered(),
                        of(LEAD_OWNER, "nobody"), "GC-IN-008", "不是系统中的用户"),
                new Case("acknowledge-lead", Element.ACKNOWLEDGE_LEAD, "pengjiang01", t -> t.registered(),
                        of(LEAD_OWNER, "pengjiang01", ACKNOWLEDGE_NOTE, "说".repeat(501)), "GC-IN-004", "不能超过500个字"),
                new Case("judge-lead", Element.JUDGE_LEAD, "pengjiang01", t -> t.acknowledged(),
                        of(JUDGEMENT, "DROP"), "GC-IN-001", "放弃原因"),
                new Case("judge-lead", Element.JUDGE_LEAD, "pengjiang01", t -> t.acknowledged(),
                        of(JUDGEMENT, "MAYBE"), "GC-IN-005", "研判结论"),
                new Case("appoint-commissioner", Element.APPOINT_COMMISSIONER, "pengjiang01", t -> t.judged(),
                        of(COMMISSIONER_ID, "jianghai02"), "GC-IN-009", "项目服务专员须为"),
                new Case("negotiate", Element.NEGOTIATE, "pengjiang02", t -> t.appointed(),
                        of(NEGOTIATION_OUTCOME, "ABANDONED"), "GC-IN-001", "原因说明"),
                new Case("review-opinion", Element.REVIEW_NATURAL_RESOURCES, "ziran01", t -> t.inReview(),
                        of(REVIEW_OPINION, "DISAGREE"), "GC-IN-001", "意见说明"),
                new Case("review-opinion", Element.REVIEW_ECOLOGY_ENVIRONMENT, "shengtai01", t -> t.inReview(),
                        of(REVIEW_OPINION, "AGREE_WITH_CONDITIONS", REVIEW_COMMENT, "条".repeat(1001)), "GC-IN-004",
                        "不能超过1000个字"),
                new Case("decide-review", Element.DECIDE_REVIEW, "pengjiang01", t -> t.reviewed(),
                        of(REVIEW_DECISION, "NOT_INTRODUCED"), "GC-IN-001", "条件或理由"),
                new Case("sign-agreement", Element.SIGN_AGREEMENT, "pengjiang02", t -> t.decided(),
                        lateProduction, "GC-IN-006", "计划投产日期"),
                new Case("sign-agreement", Element.SIGN_AGREEMENT, "pengjiang02", t -> t.decided(),
                        negativeInvestment, "GC-IN-003", "协议投资额"),
                new Case("sign-agreement", Element.SIGN_AGREEMENT, "pengjiang02", t -> t.decided(),
                        textInvestment, "GC-IN-002", "协议投资额"),
                new Case("sign-agreement", Element.SIGN_AGREEMENT, "pengjiang02", t -> t.decided(),
                        badCreditCode, "GC-IN-007", "统一社会信用代码"),
                // second half: registration, land supply, construction start
                new Case("register-company", Element.REGISTER_COMPANY, "shijian01", t -> t.signed(),
                        with(LeadSamples.company(), COMPANY_CREDIT_CODE, valid.substring(0, 17)
                                + (valid.charAt(17) == '0' ? '1' : '0')), "GC-IN-007", "项目公司统一社会信用代码"),
                new Case("register-company", Element.REGISTER_COMPANY, "shijian01", t -> t.signed(),
                        with(LeadSamples.company(), NATIONAL_PROJECT_CODE, "2026-44-38"), "GC-IN-010", "统一项目代码"),
                new Case("register-company", Element.REGISTER_COMPANY, "shijian01", t -> t.signed(),
                        with(LeadSamples.company(), COMPANY_REGISTERED_ON, "2020-01-01"), "GC-IN-006", "企业注册日期"),
                new Case("supply-land", Element.SUPPLY_LAND, "ziran01", t -> t.stageOneApproved(),
                        with(LeadSamples.land(), LAND_SUPPLIED_ON, "2026-01-01"), "GC-IN-006", "供地日期"),
                new Case("supply-land", Element.SUPPLY_LAND, "ziran01", t -> t.stageOneApproved(),
                        with(LeadSamples.land(), LAND_SUPPLY_METHOD, "GIFT"), "GC-IN-005", "供地方式"),
                new Case("supply-land", Element.SUPPLY_LAND, "ziran01", t -> t.stageOneApproved(),
                        with(LeadSamples.land(), SUPPLIED_LAND_AREA, -5), "GC-IN-003", "供地面积"),
                new Case("record-construction-start", Element.RECORD_CONSTRUCTION_START, "pengjiang01",
                        t -> t.stagesApproved(), of(CONSTRUCTION_STARTED_ON, "2026-06-01"), "GC-IN-006", "开工日期"),
                // project-transfer: the centre's review and the offered county's answer
                new Case("review-transfer", TransferProcess.Element.REVIEW_TRANSFER, "zhongxin01", t -> t.inTransfer(),
                        of(TransferProcess.Var.REVIEW_DECISION, "PROPOSE", TransferProcess.Var.RECEIVING_COUNTIES,
                                "xinhui,pengjiang"), "GC-TRF-422", "当前所属县"),
                new Case("review-transfer", TransferProcess.Element.REVIEW_TRANSFER, "zhongxin01", t -> t.inTransfer(),
                        of(TransferProcess.Var.REVIEW_DECISION, "PROPOSE", TransferProcess.Var.RECEIVING_COUNTIES,
                                "xinhui,xinhui"), "GC-TRF-422", "重复"),
                new Case("review-transfer", TransferProcess.Element.REVIEW_TRANSFER, "zhongxin01", t -> t.inTransfer(),
                        of(TransferProcess.Var.REVIEW_DECISION, "PROPOSE", TransferProcess.Var.RECEIVING_COUNTIES,
                                "xinhui,moon"), "GC-IN-005", "县区代码无效"),
                new Case("review-transfer", TransferProcess.Element.REVIEW_TRANSFER, "zhongxin01", t -> t.inTransfer(),
                        of(TransferProcess.Var.REVIEW_DECISION, "REJECT"), "GC-IN-001", "不同意流转的理由"),
                new Case("answer-transfer-offer", TransferProcess.Element.ANSWER_OFFER, "xinhui01", t -> t.offered(),
                        of(TransferProcess.Var.OFFER_ANSWER, "ACCEPT", TransferProcess.Var.NEW_COMMISSIONER_ID,
                                "jianghai02"), "GC-IN-009", "承接后的项目服务专员"),
                new Case("answer-transfer-offer", TransferProcess.Element.ANSWER_OFFER, "xinhui01", t -> t.offered(),
                        of(TransferProcess.Var.OFFER_ANSWER, "DECLINE"), "GC-IN-001", "不同意承接的理由"),
                // lead-follow-up: the drive returns the follow-up instance
                new Case("give-lead-feedback", LeadFollowUpProcess.Element.GIVE_FEEDBACK, "pengjiang01",
                        t -> t.followUp(), of(LeadFollowUpProcess.Var.FEEDBACK_CHANNEL, "PHONE",
                                LeadFollowUpProcess.Var.FEEDBACK_DATE, Zones.today().toString()),
                        "GC-IN-001", "反馈内容"),
                new Case("report-lead-progress", LeadFollowUpProcess.Element.REPORT_PROGRESS, "pengjiang01",
                        t -> t.followUpReporting(), of(LeadFollowUpProcess.Var.PROGRESS_SUMMARY, "已洽谈"),
                        "GC-IN-001", "下一步工作"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_bad_submission_is_refused_and_changes_nothing(Case c) throws Exception {
        ProcessInstance pi = c.drive().apply(this);
        Task task = setup().task(pi, c.taskKey());
        assertThat(task).as("open " + c.taskKey()).isNotNull();
        Map<String, Object> before = snapshot(pi);

        ResponseEntity<String> answer = new EngineRestClient(rest, c.user(), "Demo@2026jm")
                .complete(task.getId(), c.submission());

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.path("code").asText()).isEqualTo(c.code());
        assertThat(body.path("message").asText()).startsWith("[" + c.code() + "]").contains(c.chinese());
        assertThat(snapshot(pi)).as("nothing changed").isEqualTo(before);
    }

    static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.put(key, value);
        return changed;
    }

    private Map<String, Object> snapshot(ProcessInstance pi) {
        String code = setup().code(pi);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("tasks", engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list().stream()
                .map(Task::getId).sorted().toList());
        s.put("project", jdbc.queryForList("SELECT status, status_reason, tier, lead_owner, commissioner_id, owner_county, "
                + "updated_at FROM greenchannel.project WHERE project_code = ?", code));
        for (String table : List.of("milestone", "review_opinion", "agreement", "audit_log", "lead_feedback",
                "lead_progress_report")) {
            s.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel." + table + " WHERE project_code = ?",
                    Long.class, code));
        }
        s.put("variables", engine.getRuntimeService().getVariables(pi.getId()).keySet().stream().sorted().toList());
        return s;
    }

    // ---- driving a 蓬江区 project to each form, as the people concerned (the system here) ---------

    private ProjectSetup setup() {
        return new ProjectSetup(engine);
    }

    ProcessInstance registered() {
        return setup().register("pengjiang", 30000);
    }

    ProcessInstance acknowledged() {
        ProcessInstance pi = registered();
        setup().complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "pengjiang01"));
        return pi;
    }

    ProcessInstance judged() {
        ProcessInstance pi = acknowledged();
        setup().complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        return pi;
    }

    /** The lead-follow-up of a pursued 蓬江区 lead, waiting for the feedback. */
    ProcessInstance followUp() {
        ProcessInstance lead = setup().judged("pengjiang");
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(LeadFollowUpProcess.KEY)
                .processInstanceBusinessKey(setup().code(lead)).singleResult();
    }

    /** The same with its first progress report open. */
    ProcessInstance followUpReporting() {
        ProcessInstance lead = setup().judged("pengjiang");
        setup().openLeadReport(lead);
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(LeadFollowUpProcess.KEY)
                .processInstanceBusinessKey(setup().code(lead)).singleResult();
    }

    ProcessInstance appointed() {
        ProcessInstance pi = judged();
        setup().complete(pi, Element.APPOINT_COMMISSIONER, of(COMMISSIONER_ID, "pengjiang02"));
        return pi;
    }

    ProcessInstance inReview() {
        return setup().atReview("pengjiang");
    }

    ProcessInstance reviewed() {
        ProcessInstance pi = inReview();
        setup().complete(pi, Element.REVIEW_NATURAL_RESOURCES, of(REVIEW_OPINION, "AGREE"));
        setup().complete(pi, Element.REVIEW_ECOLOGY_ENVIRONMENT, of(REVIEW_OPINION, "AGREE"));
        setup().complete(pi, Element.REVIEW_DEVELOPMENT_REFORM, of(REVIEW_OPINION, "AGREE"));
        setup().complete(pi, Element.REVIEW_INDUSTRY_CHAIN, of(REVIEW_OPINION, "AGREE"));
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).list()) {
            engine.getManagementService().executeJob(job.getId());
        }
        return pi;
    }

    ProcessInstance signed() {
        return new LifecycleDriver(engine).signed("pengjiang", 30000, "pengjiang02");
    }

    ProcessInstance stageOneApproved() {
        ProcessInstance pi = signed();
        LifecycleDriver driver = new LifecycleDriver(engine);
        driver.complete(pi, Element.REGISTER_COMPANY, LeadSamples.company());
        driver.approveStage(pi);
        return pi;
    }

    ProcessInstance stagesApproved() {
        ProcessInstance pi = stageOneApproved();
        LifecycleDriver driver = new LifecycleDriver(engine);
        driver.complete(pi, Element.SUPPLY_LAND, LeadSamples.land());
        driver.approveStage(pi);
        driver.approveStage(pi);
        return pi;
    }

    /** A 蓬江区 project whose commissioner asked for a transfer at negotiation: the transfer instance. */
    ProcessInstance inTransfer() {
        ProcessInstance lifecycle = appointed();
        setup().complete(lifecycle, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "TRANSFER_REQUESTED",
                NEGOTIATION_REASON, "本区工业用地指标不足", TRANSFER_REASON_CATEGORY, "LAND"));
        ProcessInstance transfer = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(setup().code(lifecycle)).processDefinitionKey(TransferProcess.KEY)
                .singleResult();
        new LifecycleDriver(engine).runProjectJobs(lifecycle);
        return transfer;
    }

    /** The same, offered to 新会区 by the city centre. */
    ProcessInstance offered() {
        ProcessInstance transfer = inTransfer();
        setup().complete(transfer, TransferProcess.Element.REVIEW_TRANSFER, of(TransferProcess.Var.REVIEW_DECISION,
                "PROPOSE", TransferProcess.Var.RECEIVING_COUNTIES, "xinhui"));
        new LifecycleDriver(engine).runProjectJobs(transfer);
        return transfer;
    }

    ProcessInstance decided() {
        ProcessInstance pi = reviewed();
        setup().complete(pi, Element.DECIDE_REVIEW, of(REVIEW_DECISION, "PASS"));
        return pi;
    }
}
