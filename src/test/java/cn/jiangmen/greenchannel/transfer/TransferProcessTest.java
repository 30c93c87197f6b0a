package cn.jiangmen.greenchannel.transfer;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static cn.jiangmen.greenchannel.transfer.TransferProcess.Var.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.project.ProjectRepository;
import cn.jiangmen.greenchannel.support.GreenChannelTestClock;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.LeadSamples;
import cn.jiangmen.greenchannel.support.LifecycleDriver;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
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

/** project-transfer with the lifecycle it pauses and resumes: every outcome and the answer timer. */
@IntegrationTest
@SpringBootTest
class TransferProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
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
        identityService.clearAuthentication();
        GreenChannelTestClock.reset();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private ProcessInstance atNegotiation(String county) {
        ProcessInstance pi = driver.start(LeadSamples.lead(county, 30000));
        driver.complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, county + "01"));
        driver.complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        driver.complete(pi, Element.APPOINT_COMMISSIONER, of(COMMISSIONER_ID, county + "02"));
        return pi;
    }

    /** The commissioner asks for a transfer at negotiation; the pause step runs. */
    private ProcessInstance requestAtNegotiation(ProcessInstance lifecycle) {
        driver.complete(lifecycle, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "TRANSFER_REQUESTED",
                NEGOTIATION_REASON, "本区工业用地指标不足", TRANSFER_REASON_CATEGORY, "LAND"));
        ProcessInstance transfer = transferOf(driver.code(lifecycle));
        runJobs(transfer);
        return transfer;
    }

    private ProcessInstance transferOf(String code) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(TransferProcess.KEY).singleResult();
    }

    private void runJobs(ProcessInstance pi) {
        managementService.createJobQuery().processInstanceId(pi.getId()).executable().list()
                .forEach(j -> managementService.executeJob(j.getId()));
    }

    private Task task(ProcessInstance pi, String key) {
        Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
        assertThat(task).as(key).isNotNull();
        assertThat(engine.getFormService().getDeployedTaskForm(task.getId())).isNotNull();
        return task;
    }

    private void completeAs(String user, ProcessInstance pi, String key, Map<String, Object> variables) {
        String taskId = task(pi, key).getId();
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId()).toList());
        try {
            taskService.complete(taskId, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void propose(ProcessInstance transfer, String counties) {
        completeAs("zhongxin01", transfer, TransferProcess.Element.REVIEW_TRANSFER,
                of(TransferProcess.Var.REVIEW_DECISION, "PROPOSE", RECEIVING_COUNTIES, counties));
    }

    private List<String> candidates(Task task) {
        List<String> out = new ArrayList<>();
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            out.add(link.getGroupId() != null ? link.getGroupId() : link.getUserId());
        }
        return out;
    }

    private Map<String, Object> record(String code) {
        return jdbc.queryForMap("SELECT owner_county, first_contact_county, commissioner_id, status, status_reason "
                + "FROM greenchannel.project WHERE project_code = ?", code);
    }

    // ---- outcomes ------------------------------------------------------------------------------

    @Test
    void accepted_by_the_first_county_the_project_and_its_open_work_move_there() {
        ProcessInstance lifecycle = atNegotiation("xinhui");
        String code = driver.code(lifecycle);
        ProcessInstance transfer = requestAtNegotiation(lifecycle);

        // paused: the negotiation task is withdrawn from the county and the commissioner
        Task negotiate = driver.task(lifecycle, Element.NEGOTIATE);
        assertThat(candidates(negotiate)).isEmpty();
        assertThat(lifecycle).isWaitingAt(Element.NEGOTIATE, Element.TRANSFER_ACCEPTED);
        assertThatThrownBy(() -> taskService.complete(negotiate.getId(), of(NEGOTIATION_OUTCOME, "AGREED")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-TRF-423");
        assertThat(record(code)).containsEntry("status", "IN_TRANSFER");

        Task review = task(transfer, TransferProcess.Element.REVIEW_TRANSFER);
        assertThat(candidates(review)).containsExactly("city-investment-centre");
        // every other county, ranked (the order depends on the chain's projects per county: TransferRulesTest)
        assertThat(((String) runtimeService.getVariable(transfer.getId(), PROPOSED_COUNTIES)).split(","))
                .containsExactlyInAnyOrder("pengjiang", "jianghai", "taishan", "kaiping", "heshan", "enping");
        propose(transfer, "taishan,kaiping");

        Task offer = task(transfer, TransferProcess.Element.ANSWER_OFFER);
        assertThat(candidates(offer)).containsExactly("county-taishan");
        // 5 working days from Monday 2 March 2026
        assertThat(LocalDateTime.ofInstant(offer.getDueDate().toInstant(), ZoneId.of("Asia/Shanghai")))
                .isEqualTo(LocalDateTime.parse("2026-03-09T23:59:59"));
        completeAs("taishan01", transfer, TransferProcess.Element.ANSWER_OFFER,
                of(OFFER_ANSWER, "ACCEPT", NEW_COMMISSIONER_ID, "taishan02"));

        assertThat(transfer).isEnded().hasPassed(TransferProcess.Element.END_ACCEPTED);
        assertThat(record(code)).containsEntry("owner_county", "taishan").containsEntry("first_contact_county", "xinhui")
                .containsEntry("commissioner_id", "taishan02").containsEntry("status", "NEGOTIATING");
        assertThat(candidates(driver.task(lifecycle, Element.NEGOTIATE)))
                .containsExactlyInAnyOrder("county-taishan", "taishan02");
        assertThat(runtimeService.getVariable(lifecycle.getId(), OWNER_COUNTY_GROUP)).isEqualTo("county-taishan");
        Map<String, Object> history = jdbc.queryForMap("SELECT from_county, to_county, outcome, reason_category, "
                + "credit_share_ratio, credit_share_years, decided_by FROM greenchannel.project_transfer "
                + "WHERE project_code = ?", code);
        assertThat(history).containsEntry("from_county", "xinhui").containsEntry("to_county", "taishan")
                .containsEntry("outcome", "ACCEPTED").containsEntry("reason_category", "LAND")
                .containsEntry("decided_by", "taishan01");
        assertThat(((Number) history.get("credit_share_ratio")).doubleValue()).isEqualTo(0.5);
        assertThat(((Number) history.get("credit_share_years")).intValue()).isEqualTo(5);

        // access moved with the owner, once: the former county and commissioner see nothing of it any more
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.audit_log WHERE project_code = ? "
                + "AND action = 'ACCESS_MOVED'", Integer.class, code)).isEqualTo(1);
        for (String former : List.of("xinhui01", "xinhui02")) {
            cn.jiangmen.greenchannel.support.ProjectSetup.login(identityService, former);
            try {
                assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(lifecycle.getId()).count())
                        .as(former).isZero();
                assertThat(taskService.createTaskQuery().processInstanceId(lifecycle.getId()).count()).as(former).isZero();
            } finally {
                identityService.clearAuthentication();
            }
        }
        cn.jiangmen.greenchannel.support.ProjectSetup.login(identityService, "taishan02");
        try {
            assertThat(taskService.createTaskQuery().processInstanceId(lifecycle.getId()).count()).isOne();
        } finally {
            identityService.clearAuthentication();
        }

        // and negotiation goes on in the new county
        driver.complete(lifecycle, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "AGREED"));
        assertThat(lifecycle).isWaitingAt(Element.REVIEW_NATURAL_RESOURCES);
    }

    @Test
    void declined_by_one_county_then_accepted_by_the_next() {
        ProcessInstance lifecycle = atNegotiation("jianghai");
        String code = driver.code(lifecycle);
        ProcessInstance transfer = requestAtNegotiation(lifecycle);
        propose(transfer, "enping,heshan");
        completeAs("enping01", transfer, TransferProcess.Element.ANSWER_OFFER,
                of(OFFER_ANSWER, "DECLINE", OFFER_ANSWER_REASON, "本市暂无连片工业用地"));
        assertThat(candidates(task(transfer, TransferProcess.Element.ANSWER_OFFER))).containsExactly("county-heshan");
        completeAs("heshan01", transfer, TransferProcess.Element.ANSWER_OFFER,
                of(OFFER_ANSWER, "ACCEPT", NEW_COMMISSIONER_ID, "heshan02"));

        assertThat(record(code)).containsEntry("owner_county", "heshan");
        assertThat(jdbc.queryForList("SELECT county || ':' || answer FROM greenchannel.transfer_offer o JOIN "
                + "greenchannel.project_transfer t ON t.transfer_instance_id = o.transfer_instance_id "
                + "WHERE t.project_code = ? ORDER BY seq", String.class, code))
                .containsExactly("enping:DECLINE", "heshan:ACCEPT");
    }

    @Test
    void when_every_county_declines_the_centre_asks_more_or_records_the_project_lost() {
        ProcessInstance lifecycle = atNegotiation("kaiping");
        String code = driver.code(lifecycle);
        ProcessInstance transfer = requestAtNegotiation(lifecycle);
        propose(transfer, "enping");
        completeAs("enping01", transfer, TransferProcess.Element.ANSWER_OFFER,
                of(OFFER_ANSWER, "DECLINE", OFFER_ANSWER_REASON, "产业定位不符"));

        completeAs("zhongxin01", transfer, TransferProcess.Element.DECIDE_UNPLACED,
                of(UNPLACED_DECISION, "MORE_COUNTIES", MORE_COUNTIES, "taishan"));
        completeAs("taishan01", transfer, TransferProcess.Element.ANSWER_OFFER,
                of(OFFER_ANSWER, "DECLINE", OFFER_ANSWER_REASON, "能耗指标已用尽"));
        String decide = task(transfer, TransferProcess.Element.DECIDE_UNPLACED).getId();
        assertThatThrownBy(() -> taskService.complete(decide, of(UNPLACED_DECISION, "LOST")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("流失原因");
        completeAs("zhongxin01", transfer, TransferProcess.Element.DECIDE_UNPLACED,
                of(UNPLACED_DECISION, "LOST", LOST_REASON, "市内各县区均无法满足用能需求，投资方转投外市"));

        assertThat(transfer).isEnded().hasPassed(TransferProcess.Element.END_LOST);
        assertThat(lifecycle).isEnded().hasPassed(Element.END_PROJECT_LOST);
        assertThat(record(code)).containsEntry("status", "LOST")
                .containsEntry("status_reason", "市内各县区均无法满足用能需求，投资方转投外市")
                .containsEntry("owner_county", "kaiping");
        // only the lead's feedback to its referrer outlives a lost project (lead-follow-up): the county
        // candidacy the transfer withdrew is back with the owner county, the commissioner stays on it
        List<Task> left = taskService.createTaskQuery().processInstanceBusinessKey(code).list();
        assertThat(left).extracting(Task::getTaskDefinitionKey)
                .containsExactly(cn.jiangmen.greenchannel.lead.LeadFollowUpProcess.Element.GIVE_FEEDBACK);
        assertThat(candidates(left.get(0))).containsExactlyInAnyOrder("county-kaiping", "kaiping02");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.withdrawn_task_link WHERE project_code = ?",
                Long.class, code)).isZero();
    }

    @Test
    void an_unanswered_offer_counts_as_declined_when_its_deadline_passes() {
        ProcessInstance lifecycle = atNegotiation("heshan");
        ProcessInstance transfer = requestAtNegotiation(lifecycle);
        propose(transfer, "xinhui,jianghai");

        Job deadline = managementService.createJobQuery().processInstanceId(transfer.getId()).timers().singleResult();
        assertThat(LocalDateTime.ofInstant(deadline.getDuedate().toInstant(), ZoneId.of("Asia/Shanghai")))
                .isEqualTo(LocalDateTime.parse("2026-03-09T23:59:59"));
        GreenChannelTestClock.setChinaTime("2026-03-10T00:00:01");
        managementService.executeJob(deadline.getId());

        assertThat(transfer).isWaitingAt(TransferProcess.Element.FOLLOW_UP_SILENCE);
        assertThat(jdbc.queryForObject("SELECT answer_reason FROM greenchannel.transfer_offer WHERE "
                + "transfer_instance_id = ? AND seq = 1", String.class, transfer.getId())).contains("逾期未答复");
        completeAs("zhongxin01", transfer, TransferProcess.Element.FOLLOW_UP_SILENCE,
                of(SILENCE_NOTE, "已电话督促新会区，后续纳入督办"));
        assertThat(candidates(task(transfer, TransferProcess.Element.ANSWER_OFFER))).containsExactly("county-jianghai");
    }

    @Test
    void the_centre_may_reject_a_request_and_the_project_goes_on_in_its_county() {
        ProcessInstance lifecycle = atNegotiation("enping");
        String code = driver.code(lifecycle);
        ProcessInstance transfer = requestAtNegotiation(lifecycle);
        completeAs("zhongxin01", transfer, TransferProcess.Element.REVIEW_TRANSFER,
                of(TransferProcess.Var.REVIEW_DECISION, "REJECT", TRANSFER_REVIEW_NOTE_KEY, "本市可协调解决用地，不予流转"));

        assertThat(transfer).isEnded().hasPassed(TransferProcess.Element.END_REJECTED);
        assertThat(record(code)).containsEntry("owner_county", "enping").containsEntry("status", "NEGOTIATING");
        assertThat(candidates(driver.task(lifecycle, Element.NEGOTIATE)))
                .containsExactlyInAnyOrder("county-enping", "enping02");
    }

    @Test
    void a_transfer_during_construction_moves_the_open_tasks_to_the_receiving_county() {
        ProcessInstance lifecycle = driver.signed("taishan", 30000, "taishan02");
        driver.toConstruction(lifecycle);
        driver.runJobs(lifecycle);
        Task report = driver.task(lifecycle, Element.REPORT_PROGRESS);
        assertThat(candidates(report)).containsExactlyInAnyOrder("county-taishan", "taishan02");
        String code = driver.code(lifecycle);

        identityService.setAuthentication("taishan01", List.of("county-taishan"));
        ProcessInstance transfer = runtimeService.startProcessInstanceByKey(TransferProcess.KEY, of(
                TransferProcess.Var.PROJECT_CODE, code, REASON_CATEGORY, "ENVIRONMENT_CAPACITY",
                REASON, "环境容量不足，二期无法落地", PREFERRED_COUNTY, "jianghai"));
        identityService.clearAuthentication();
        runJobs(transfer);
        assertThat(candidates(driver.task(lifecycle, Element.REPORT_PROGRESS))).isEmpty();
        assertThat((String) runtimeService.getVariable(transfer.getId(), PROPOSED_COUNTIES)).startsWith("jianghai,");

        propose(transfer, "jianghai");
        completeAs("jianghai01", transfer, TransferProcess.Element.ANSWER_OFFER,
                of(OFFER_ANSWER, "ACCEPT", NEW_COMMISSIONER_ID, "jianghai02"));
        assertThat(candidates(driver.task(lifecycle, Element.REPORT_PROGRESS)))
                .containsExactlyInAnyOrder("county-jianghai", "jianghai02");
        assertThat(record(code)).containsEntry("status", "UNDER_CONSTRUCTION").containsEntry("owner_county", "jianghai");
    }

    // ---- refusals ------------------------------------------------------------------------------

    private ProcessInstance startTransferAs(String user, String code) {
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId()).toList());
        try {
            return runtimeService.startProcessInstanceByKey(TransferProcess.KEY, of(TransferProcess.Var.PROJECT_CODE,
                    code, REASON_CATEGORY, "INVESTOR_PREFERENCE", REASON, "投资方希望落户其他县区"));
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void a_second_request_while_one_runs_is_refused_and_changes_nothing() {
        ProcessInstance lifecycle = atNegotiation("pengjiang");
        String code = driver.code(lifecycle);
        requestAtNegotiation(lifecycle);
        long transfers = runtimeService.createProcessInstanceQuery().processDefinitionKey(TransferProcess.KEY).count();
        assertThatThrownBy(() -> startTransferAs("pengjiang01", code))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-TRF-409");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TransferProcess.KEY).count())
                .isEqualTo(transfers);
    }

    @Test
    void another_county_cannot_ask_to_transfer_a_project_nor_answer_an_offer_made_to_someone_else() {
        ProcessInstance lifecycle = atNegotiation("xinhui");
        String code = driver.code(lifecycle);
        assertThatThrownBy(() -> startTransferAs("jianghai01", code))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-TRF-403");
        ProcessInstance transfer = startTransferAs("xinhui01", code);
        runJobs(transfer);
        propose(transfer, "taishan");
        // with authorization on, the engine refuses first: the offer's task grant is the offered county's
        assertThatThrownBy(() -> completeAs("jianghai01", transfer, TransferProcess.Element.ANSWER_OFFER,
                of(OFFER_ANSWER, "ACCEPT", NEW_COMMISSIONER_ID, "jianghai02")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThat(record(code)).containsEntry("owner_county", "xinhui");
    }

    @Test
    void a_finished_or_producing_project_cannot_be_transferred() {
        ProcessInstance dropped = driver.start(LeadSamples.lead("enping", 3000));
        driver.complete(dropped, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "enping01"));
        String droppedCode = driver.code(dropped);
        driver.complete(dropped, Element.JUDGE_LEAD, of(JUDGEMENT, "DROP", JUDGEMENT_REASON, "不符合产业政策"));
        assertThatThrownBy(() -> startTransferAs("enping01", droppedCode))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-TRF-410");
        assertThatThrownBy(() -> startTransferAs("enping01", "JM2026-99999"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-PRJ-404");
    }

    @Test
    void the_centre_cannot_offer_the_project_to_its_own_county_or_an_unknown_one() {
        ProcessInstance lifecycle = atNegotiation("jianghai");
        ProcessInstance transfer = requestAtNegotiation(lifecycle);
        String review = task(transfer, TransferProcess.Element.REVIEW_TRANSFER).getId();
        assertThatThrownBy(() -> taskService.complete(review, of(TransferProcess.Var.REVIEW_DECISION, "PROPOSE",
                RECEIVING_COUNTIES, "taishan,jianghai")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-TRF-422");
        assertThatThrownBy(() -> taskService.complete(review, of(TransferProcess.Var.REVIEW_DECISION, "PROPOSE",
                RECEIVING_COUNTIES, "guangzhou")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-IN-005");
    }

    // ---- the invariant -------------------------------------------------------------------------

    @Test
    void after_random_transfer_outcomes_every_project_has_one_owner_or_is_lost_with_a_reason() {
        Random random = new Random(20261127L);
        String[] counties = {"pengjiang", "jianghai", "xinhui", "taishan", "kaiping", "heshan", "enping"};
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String origin = counties[random.nextInt(counties.length)];
            ProcessInstance lifecycle = atNegotiation(origin);
            codes.add(driver.code(lifecycle));
            ProcessInstance transfer = requestAtNegotiation(lifecycle);
            String target = counties[(java.util.Arrays.asList(counties).indexOf(origin) + 1 + random.nextInt(6)) % 7];
            switch (random.nextInt(3)) {
                case 0 -> {
                    propose(transfer, target);
                    completeAs(target + "01", transfer, TransferProcess.Element.ANSWER_OFFER,
                            of(OFFER_ANSWER, "ACCEPT", NEW_COMMISSIONER_ID, target + "02"));
                }
                case 1 -> {
                    propose(transfer, target);
                    completeAs(target + "01", transfer, TransferProcess.Element.ANSWER_OFFER,
                            of(OFFER_ANSWER, "DECLINE", OFFER_ANSWER_REASON, "无法满足"));
                    completeAs("zhongxin01", transfer, TransferProcess.Element.DECIDE_UNPLACED,
                            of(UNPLACED_DECISION, "LOST", LOST_REASON, "各县区均无法承接"));
                }
                default -> completeAs("zhongxin01", transfer, TransferProcess.Element.REVIEW_TRANSFER,
                        of(TransferProcess.Var.REVIEW_DECISION, "REJECT", TRANSFER_REVIEW_NOTE_KEY, "原县区继续办理"));
            }
        }
        for (String code : codes) {
            Map<String, Object> row = record(code);
            String status = (String) row.get("status");
            assertThat(row.get("owner_county")).as(code + " has one owner county").isNotNull();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.active_transfer WHERE project_code = ?",
                    Integer.class, code)).as(code + " has no transfer left running").isZero();
            long lifecycles = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                    .processDefinitionKey(LifecycleProcess.KEY).count();
            if ("LOST".equals(status)) {
                assertThat((String) row.get("status_reason")).as(code + " lost with a reason").isNotBlank();
                assertThat(lifecycles).isZero();
            } else {
                assertThat(status).isEqualTo("NEGOTIATING");
                assertThat(lifecycles).as(code + " still runs").isEqualTo(1);
                assertThat(candidates(driver.task(runtimeService.createProcessInstanceQuery()
                        .processInstanceBusinessKey(code).processDefinitionKey(LifecycleProcess.KEY).singleResult(),
                        Element.NEGOTIATE))).contains("county-" + row.get("owner_county"));
            }
        }
    }

    private static final String TRANSFER_REVIEW_NOTE_KEY = TransferProcess.Var.REVIEW_NOTE;
}
