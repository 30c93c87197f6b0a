package cn.jiangmen.greenchannel.lifecycle;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.lead;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.project.ProjectRepository;
import cn.jiangmen.greenchannel.project.ProjectStatus;
import cn.jiangmen.greenchannel.support.GreenChannelTestClock;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.LeadSamples;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every branch of project-lifecycle's first half, with real delegates, decisions and tables. */
@IntegrationTest
@SpringBootTest
class LifecycleProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired ProjectRepository projects;
    @Autowired JdbcTemplate jdbc;
    @Autowired FormService formService;
    @Autowired ManagementService managementService;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        // Monday 2026-03-02 10:00 in Jiangmen.
        GreenChannelTestClock.setChinaTime("2026-03-02T10:00:00");
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        GreenChannelTestClock.reset();
    }

    private ProcessInstance start(Map<String, Object> variables) {
        identityService.setAuthentication("pengjiang01", List.of("county-pengjiang"));
        try {
            return runtimeService.startProcessInstanceByKey(LifecycleProcess.KEY, "client-supplied-key", variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Task task(ProcessInstance pi, String key) {
        Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
        assertThat(task).as("open task " + key).isNotNull();
        // what Tasklist calls when a person opens the task: the form must be deployed under its id
        assertThat(formService.getDeployedTaskForm(task.getId())).as("deployed form of " + key).isNotNull();
        return task;
    }

    private void complete(ProcessInstance pi, String key, Map<String, Object> variables) {
        taskService.complete(task(pi, key).getId(), variables);
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId).toList();
    }

    private List<String> candidateUsers(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> l.getUserId() != null).map(IdentityLink::getUserId).toList();
    }

    private String code(ProcessInstance pi) {
        return (String) runtimeService.getVariable(pi.getId(), PROJECT_CODE);
    }

    private ProcessInstance toNegotiation(String county, long investment, String commissioner) {
        ProcessInstance pi = start(lead(county, investment));
        complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, county + "01"));
        complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        complete(pi, Element.APPOINT_COMMISSIONER, of(COMMISSIONER_ID, commissioner));
        assertThat(pi).isWaitingAt(Element.NEGOTIATE);
        return pi;
    }

    private void reviewAll(ProcessInstance pi) {
        complete(pi, Element.REVIEW_NATURAL_RESOURCES, of(REVIEW_OPINION, "AGREE"));
        complete(pi, Element.REVIEW_ECOLOGY_ENVIRONMENT, of(REVIEW_OPINION, "AGREE_WITH_CONDITIONS",
                REVIEW_COMMENT, "须落实危废处置方案"));
        complete(pi, Element.REVIEW_DEVELOPMENT_REFORM, of(REVIEW_OPINION, "AGREE"));
        complete(pi, Element.REVIEW_INDUSTRY_CHAIN, of(REVIEW_OPINION, "AGREE"));
        assertThat(pi).isWaitingAt(Element.REVIEW_JOIN);
        // asyncBefore on the join: one exclusive job per arriving branch, run one after the other
        List<Job> jobs = managementService.createJobQuery().processInstanceId(pi.getId()).list();
        assertThat(jobs).hasSize(4);
        jobs.forEach(j -> managementService.executeJob(j.getId()));
    }

    @Test
    void registration_assigns_the_project_code_as_business_key_and_offers_the_lead_to_the_owner_county_only() {
        ProcessInstance pi = start(lead("xinhui", 20000));

        String code = code(pi);
        assertThat(code).matches("JM2026-\\d{5}");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
                .getBusinessKey()).isEqualTo(code);
        assertThat(pi).isWaitingAt(Element.ACKNOWLEDGE_LEAD).hasVariables(TIER, OWNER_COUNTY_GROUP);
        assertThat(runtimeService.getVariable(pi.getId(), TIER)).isEqualTo("LEDGER");
        assertThat(candidateGroups(task(pi, Element.ACKNOWLEDGE_LEAD))).containsExactly("county-xinhui");
        assertThat(taskService.createTaskQuery().taskCandidateGroup("county-pengjiang")
                .processInstanceId(pi.getId()).count()).isZero();
        assertThat(projects.find(code)).hasValueSatisfying(p -> {
            assertThat(p.status()).isEqualTo(ProjectStatus.LEAD);
            assertThat(p.ownerCounty()).isEqualTo("xinhui");
            assertThat(p.tier()).isEqualTo("LEDGER");
            assertThat(p.plannedInvestment()).isEqualTo(20000L);
        });
        assertThat(projects.milestones(code)).containsExactly("LEAD_REGISTERED");
    }

    @Test
    void acknowledge_is_due_at_the_end_of_the_next_working_day_and_judging_after_three() {
        // Friday 2026-09-25 15:00: next working day is Monday 28th; 3 working days after the 25th
        // run into National Day (Oct 1–7 off, Sunday 27 Sep is not an adjusted working day in 2026? see calendar).
        GreenChannelTestClock.setChinaTime("2026-03-06T15:00:00");
        ProcessInstance pi = start(lead("kaiping", 20000));

        Task ack = task(pi, Element.ACKNOWLEDGE_LEAD);
        assertThat(ack.getDueDate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-03-09T23:59:59"));
        complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "kaiping01"));
        Task judge = task(pi, Element.JUDGE_LEAD);
        assertThat(judge.getDueDate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-03-11T23:59:59"));
    }

    @Test
    void a_major_project_is_judged_within_seven_working_days_and_its_commissioner_appointed_by_the_city_centre() {
        ProcessInstance pi = start(lead("taishan", 150000));
        assertThat(runtimeService.getVariable(pi.getId(), TIER)).isEqualTo("MAJOR");
        complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "taishan01"));
        Task judge = task(pi, Element.JUDGE_LEAD);
        assertThat(judge.getDueDate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
                .hasToString("2026-03-11");
        complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        assertThat(candidateGroups(task(pi, Element.APPOINT_COMMISSIONER))).containsExactly("city-investment-centre");
    }

    @Test
    void a_lead_dropped_at_judging_ends_with_its_reason() {
        ProcessInstance pi = start(lead("heshan", 5000));
        assertThat(runtimeService.getVariable(pi.getId(), TIER)).isEqualTo("GENERAL");
        String code = code(pi);
        complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "heshan01"));
        complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "DROP", JUDGEMENT_REASON, "不符合产业定位"));

        assertThat(pi).isEnded().hasPassed(Element.END_LEAD_DROPPED);
        assertThat(projects.find(code)).hasValueSatisfying(p -> {
            assertThat(p.status()).isEqualTo(ProjectStatus.DROPPED);
            assertThat(p.statusReason()).isEqualTo("不符合产业定位");
            assertThat(p.leadOwner()).isEqualTo("heshan01");
        });
        assertThat(projects.milestones(code)).contains("LEAD_ACKNOWLEDGED", "LEAD_JUDGED");
    }

    @Test
    void negotiation_is_offered_to_the_commissioner_and_the_owner_county() {
        ProcessInstance pi = toNegotiation("jianghai", 30000, "jianghai02");
        Task negotiate = task(pi, Element.NEGOTIATE);
        assertThat(negotiate.getAssignee()).isNull();
        assertThat(candidateUsers(negotiate)).containsExactly("jianghai02");
        // 20 working days (task-time-limits) from Monday 2 March 2026
        assertThat(negotiate.getDueDate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
                .hasToString("2026-03-30");
        assertThat(candidateGroups(negotiate)).containsExactly("county-jianghai");
        assertThat(projects.find(code(pi)).orElseThrow().status()).isEqualTo(ProjectStatus.NEGOTIATING);
        assertThat(projects.find(code(pi)).orElseThrow().commissionerId()).isEqualTo("jianghai02");
    }

    @Test
    void an_investor_who_abandons_ends_the_project_as_abandoned() {
        ProcessInstance pi = toNegotiation("enping", 30000, "enping02");
        String code = code(pi);
        complete(pi, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "ABANDONED", NEGOTIATION_REASON, "投资方资金链紧张"));
        assertThat(pi).isEnded().hasPassed(Element.END_ABANDONED);
        assertThat(projects.find(code).orElseThrow().status()).isEqualTo(ProjectStatus.ABANDONED);
        assertThat(projects.find(code).orElseThrow().statusReason()).isEqualTo("投资方资金链紧张");
    }

    @Test
    void a_transfer_request_at_negotiation_starts_the_transfer_and_pauses_negotiation() {
        ProcessInstance pi = toNegotiation("pengjiang", 30000, "pengjiang02");
        String code = code(pi);
        complete(pi, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "TRANSFER_REQUESTED",
                NEGOTIATION_REASON, "本区用地指标不足", TRANSFER_REASON_CATEGORY, "LAND"));

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey("project-transfer").count()).isEqualTo(1);
        assertThat(projects.find(code).orElseThrow().status()).isEqualTo(ProjectStatus.IN_TRANSFER);
        // negotiation stands where it was, and is withdrawn once the transfer's pause step has run
        assertThat(pi).isWaitingAt(Element.NEGOTIATE);
    }

    @Test
    void a_transfer_request_needs_its_reason_category() {
        ProcessInstance pi = toNegotiation("pengjiang", 30000, "pengjiang02");
        String negotiate = task(pi, Element.NEGOTIATE).getId();
        assertThatThrownBy(() -> taskService.complete(negotiate, of(NEGOTIATION_OUTCOME, "TRANSFER_REQUESTED",
                NEGOTIATION_REASON, "本区用地指标不足")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("流转原因类别");
    }

    @Test
    void joint_review_gathers_four_opinions_in_parallel_and_the_county_decides_not_to_introduce() {
        ProcessInstance pi = toNegotiation("xinhui", 30000, "xinhui02");
        complete(pi, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "AGREED"));

        assertThat(pi).isWaitingAt(Element.REVIEW_NATURAL_RESOURCES, Element.REVIEW_ECOLOGY_ENVIRONMENT,
                Element.REVIEW_DEVELOPMENT_REFORM, Element.REVIEW_INDUSTRY_CHAIN);
        assertThat(candidateGroups(task(pi, Element.REVIEW_INDUSTRY_CHAIN))).containsExactly("chain-nev-battery");
        assertThat(projects.find(code(pi)).orElseThrow().status()).isEqualTo(ProjectStatus.REVIEWING);
        reviewAll(pi);

        assertThat(pi).isWaitingAt(Element.DECIDE_REVIEW);
        assertThat(candidateGroups(task(pi, Element.DECIDE_REVIEW))).containsExactly("county-xinhui");
        assertThat((String) runtimeService.getVariable(pi.getId(), REVIEW_SUMMARY))
                .contains("市自然资源局：同意", "市生态环境局：有条件同意（须落实危废处置方案）");
        // opinions stayed task-local: no shared variable was overwritten
        assertThat(runtimeService.getVariable(pi.getId(), REVIEW_OPINION)).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.review_opinion WHERE project_code = ?",
                Integer.class, code(pi))).isEqualTo(4);

        String code = code(pi);
        complete(pi, Element.DECIDE_REVIEW, of(REVIEW_DECISION, "NOT_INTRODUCED", REVIEW_DECISION_REASON, "能耗指标不足"));
        assertThat(pi).isEnded().hasPassed(Element.END_NOT_INTRODUCED);
        assertThat(projects.find(code).orElseThrow().status()).isEqualTo(ProjectStatus.NOT_INTRODUCED);
    }

    @Test
    void a_project_of_no_key_chain_gets_its_fourth_opinion_from_industry_and_it() {
        Map<String, Object> lead = lead("kaiping", 30000);
        lead.put(CHAIN_CODE, "other");
        ProcessInstance pi = start(lead);
        complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "kaiping01"));
        complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        complete(pi, Element.APPOINT_COMMISSIONER, of(COMMISSIONER_ID, "kaiping02"));
        complete(pi, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "AGREED"));
        assertThat(candidateGroups(task(pi, Element.REVIEW_INDUSTRY_CHAIN))).containsExactly("dept-industry-it");
    }

    @Test
    void a_passed_review_leads_to_signing_with_the_agreement_recorded_and_then_to_company_registration() {
        ProcessInstance pi = toNegotiation("taishan", 150000, "zhongxin02");
        complete(pi, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "AGREED"));
        reviewAll(pi);
        assertThat(candidateGroups(task(pi, Element.DECIDE_REVIEW))).containsExactly("city-investment-centre");
        complete(pi, Element.DECIDE_REVIEW, of(REVIEW_DECISION, "PASS_WITH_CONDITIONS",
                REVIEW_DECISION_REASON, "须在供地前完成环评"));

        Task sign = task(pi, Element.SIGN_AGREEMENT);
        assertThat(candidateUsers(sign)).containsExactly("zhongxin02");
        Map<String, Object> agreementSubmitted = LeadSamples.agreement();
        taskService.complete(sign.getId(), agreementSubmitted);

        String code = code(pi);
        assertThat(pi).isWaitingAt(Element.REGISTER_COMPANY);
        assertThat(projects.find(code).orElseThrow().status()).isEqualTo(ProjectStatus.SIGNED);
        assertThat(projects.milestones(code)).contains("NEGOTIATION_AGREED", "REVIEW_DECIDED", "SIGNED");
        Map<String, Object> agreement = jdbc.queryForMap(
                "SELECT investment_amount, planned_start_date, output_per_mu, investor_credit_code "
                        + "FROM greenchannel.agreement WHERE project_code = ?", code);
        assertThat(((Number) agreement.get("investment_amount")).longValue()).isEqualTo(150000L);
        assertThat(agreement.get("planned_start_date").toString()).isEqualTo("2026-09-01");
        assertThat(agreement.get("investor_credit_code")).isEqualTo(agreementSubmitted.get(INVESTOR_CREDIT_CODE));
        assertThat(runtimeService.getVariable(pi.getId(), AGREED_INVESTMENT)).isEqualTo(150000L);
        assertThat(projects.find(code).orElseThrow().status()).isEqualTo(ProjectStatus.SIGNED);
    }

    @Test
    void a_bad_submission_is_refused_with_a_chinese_message_and_the_task_stays_open() {
        ProcessInstance pi = toNegotiation("heshan", 30000, "heshan02");
        complete(pi, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "AGREED"));
        reviewAll(pi);
        complete(pi, Element.DECIDE_REVIEW, of(REVIEW_DECISION, "PASS"));
        String signTask = task(pi, Element.SIGN_AGREEMENT).getId();

        Map<String, Object> productionBeforeStart = LeadSamples.agreement();
        productionBeforeStart.put(PLANNED_PRODUCTION_DATE, "2026-08-01");
        assertThatThrownBy(() -> taskService.complete(signTask, productionBeforeStart))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("GC-IN-006").hasMessageContaining("计划投产日期");

        Map<String, Object> badCreditCode = LeadSamples.agreement();
        badCreditCode.put(INVESTOR_CREDIT_CODE, "91440700MA4UQ8XK10");
        assertThatThrownBy(() -> taskService.complete(signTask, badCreditCode))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-IN-007");

        assertThat(pi).isWaitingAt(Element.SIGN_AGREEMENT);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.agreement WHERE project_code = ?",
                Integer.class, code(pi))).isZero();
        assertThat(runtimeService.getVariable(pi.getId(), PLANNED_PRODUCTION_DATE)).isNull();
    }

    @Test
    void a_commissioner_from_another_county_is_refused() {
        ProcessInstance pi = start(lead("jianghai", 30000));
        complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "jianghai01"));
        complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        String appoint = task(pi, Element.APPOINT_COMMISSIONER).getId();
        assertThatThrownBy(() -> taskService.complete(appoint, of(COMMISSIONER_ID, "enping02")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-IN-009");
        assertThatThrownBy(() -> taskService.complete(appoint, of(COMMISSIONER_ID, "nobody")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-IN-008");
        assertThat(pi).isWaitingAt(Element.APPOINT_COMMISSIONER);
    }

    @Test
    void a_dropped_lead_needs_a_reason() {
        ProcessInstance pi = start(lead("enping", 3000));
        complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "enping01"));
        String judge = task(pi, Element.JUDGE_LEAD).getId();
        assertThatThrownBy(() -> taskService.complete(judge, of(JUDGEMENT, "DROP")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("放弃原因");
        assertThat(pi).isWaitingAt(Element.JUDGE_LEAD);
    }

    @Test
    void an_invalid_lead_is_refused_and_nothing_is_registered() {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.project", Integer.class);
        Map<String, Object> unknownCounty = lead("guangzhou", 30000);
        assertThatThrownBy(() -> start(unknownCounty))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-IN-005");
        Map<String, Object> negative = lead("xinhui", -5);
        assertThatThrownBy(() -> start(negative))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-IN-003");
        Map<String, Object> missingName = lead("xinhui", 30000);
        missingName.remove(PROJECT_NAME);
        assertThatThrownBy(() -> start(missingName))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("项目名称");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.project", Integer.class)).isEqualTo(before);
    }

    @Test
    void a_submission_cannot_move_the_project_to_another_county() {
        ProcessInstance pi = start(lead("pengjiang", 30000));
        complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "pengjiang01",
                OWNER_COUNTY_GROUP, "county-jianghai", OWNER_COUNTY, "jianghai", TIER, "GENERAL"));
        assertThat(candidateGroups(task(pi, Element.JUDGE_LEAD))).containsExactly("county-pengjiang");
        assertThat(runtimeService.getVariable(pi.getId(), OWNER_COUNTY)).isEqualTo("pengjiang");
        assertThat(runtimeService.getVariable(pi.getId(), TIER)).isEqualTo("LEDGER");
    }
}
