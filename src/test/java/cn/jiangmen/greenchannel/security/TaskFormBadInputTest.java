package cn.jiangmen.greenchannel.security;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.lead.LeadFollowUpProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.EngineRestClient;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.LeadSamples;
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
 * Every task form of project-lifecycle and lead-follow-up refuses bad input over /engine-rest with 400, a stable code and
 * a Chinese message, and changes nothing: the task stays open, no other task appears, the project
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

    ProcessInstance decided() {
        ProcessInstance pi = reviewed();
        setup().complete(pi, Element.DECIDE_REVIEW, of(REVIEW_DECISION, "PASS"));
        return pi;
    }
}
