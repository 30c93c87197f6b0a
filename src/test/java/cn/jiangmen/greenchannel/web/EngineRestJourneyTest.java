package cn.jiangmen.greenchannel.web;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.approval.GreenChannelProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.EngineRestClient;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.LeadSamples;
import cn.jiangmen.greenchannel.transfer.TransferProcess;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A project driven from registration to signing through /engine-rest, as an integrator would. */
@IntegrationTest
// The REST API and its authentication filter address the engine named "default", as in production.
// One engine may be named "default" per JVM (the REST API and webapps address it): close this
// context after the class so the next web test does not meet a stale "default" engine.
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class EngineRestJourneyTest {

    private static final String PASSWORD = "Demo@2026jm";

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    private EngineRestClient as(String user) {
        return new EngineRestClient(rest, user, PASSWORD);
    }

    @Test
    void nothing_but_the_engine_list_answers_without_login() {
        EngineRestClient anonymous = new EngineRestClient(rest, null, null);
        assertThat(anonymous.getText("/task").getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getText("/process-definition").getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.postForText("/process-definition/key/project-lifecycle/start", Map.of())
                .getStatusCode().value()).isEqualTo(401);
        assertThat(rest.getForEntity("/api/calendar/2026", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(new EngineRestClient(rest, "no-such-user", "wrong-password").getText("/task")
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void a_county_user_registers_a_project_and_it_runs_to_closed_with_every_milestone_dated() {
        EngineRestClient county = as("pengjiang01");
        ResponseEntity<Map<String, Object>> started = county.post("/process-definition/key/"
                + LifecycleProcess.KEY + "/start", Map.of(
                        "businessKey", "MY-OWN-KEY",
                        "withVariablesInReturn", true,
                        "variables", EngineRestClient.typed(LeadSamples.lead("pengjiang", 30000))));
        assertThat(started.getStatusCode().value()).isEqualTo(200);
        String pi = (String) started.getBody().get("id");
        String code = (String) started.getBody().get("businessKey");
        assertThat(code).matches("JM\\d{4}-\\d{5}");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> returned = (Map<String, Map<String, Object>>) started.getBody().get("variables");
        assertThat(returned.get(PROJECT_CODE).get("value")).isEqualTo(code);

        // offered to the owner county's group, not to another county's
        assertThat(county.getList("/task?processInstanceId=" + pi + "&candidateGroup=county-pengjiang&maxResults=5")
                .getBody()).hasSize(1);
        assertThat(as("jianghai01").getList("/task?processInstanceId=" + pi
                + "&candidateGroup=county-jianghai&maxResults=5").getBody()).isEmpty();

        EngineRestClient commissioner = toSigning(county, pi);
        assertThat(jdbc.queryForObject("SELECT status FROM greenchannel.project WHERE project_code = ?",
                String.class, code)).isEqualTo("SIGNED");
        assertThat(jdbc.queryForObject("SELECT registered_by FROM greenchannel.project WHERE project_code = ?",
                String.class, code)).isEqualTo("pengjiang01");
        assertThat(jdbc.queryForObject("SELECT investment_amount FROM greenchannel.agreement WHERE project_code = ?",
                Long.class, code)).isEqualTo(150000L);
        assertThat(jdbc.queryForList("SELECT actor FROM greenchannel.audit_log WHERE project_code = ? "
                + "AND action = 'REVIEW_OPINION'", String.class, code))
                .containsExactlyInAnyOrder("ziran01", "shengtai01", "fagai01", "lian09");

        toProduction(commissioner, code, pi);
        runTimer(as("admin"), pi); // the job executor's work
        completeAs(county, code, Element.EVALUATE_OUTPUT, of(ACTUAL_ANNUAL_OUTPUT, 100000, ACTUAL_ANNUAL_TAX, 5000,
                ACTUAL_INVESTMENT, 152000));

        assertThat(jdbc.queryForObject("SELECT status FROM greenchannel.project WHERE project_code = ?",
                String.class, code)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForList("SELECT milestone_type FROM greenchannel.milestone WHERE project_code = ?",
                String.class, code)).containsExactlyInAnyOrder("LEAD_REGISTERED", "LEAD_ACKNOWLEDGED", "LEAD_JUDGED",
                "COMMISSIONER_APPOINTED", "NEGOTIATION_AGREED", "REVIEW_DECIDED", "SIGNED", "REGISTERED",
                "STAGE1_APPROVED", "LAND_SUPPLIED", "STAGE2_APPROVED", "STAGE3_APPROVED", "CONSTRUCTION_STARTED",
                "COMPLETED", "STAGE4_APPROVED", "IN_PRODUCTION", "EVALUATED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.milestone WHERE project_code = ? "
                + "AND reached_on IS NULL", Integer.class, code)).isZero();
    }

    @Test
    void a_project_short_of_its_commitments_ends_in_a_recorded_breach_decision() {
        EngineRestClient county = as("xinhui01");
        ResponseEntity<Map<String, Object>> started = county.post("/process-definition/key/"
                + LifecycleProcess.KEY + "/start", Map.of("variables",
                        EngineRestClient.typed(LeadSamples.lead("xinhui", 30000))));
        String pi = (String) started.getBody().get("id");
        String code = (String) started.getBody().get("businessKey");
        EngineRestClient commissioner = toSigning(county, pi);
        toProduction(commissioner, code, pi);
        runTimer(as("admin"), pi); // the job executor's work
        completeAs(county, code, Element.EVALUATE_OUTPUT, of(ACTUAL_ANNUAL_OUTPUT, 30000, ACTUAL_ANNUAL_TAX, 1000,
                ACTUAL_INVESTMENT, 90000));
        assertThat(jdbc.queryForObject("SELECT status FROM greenchannel.project WHERE project_code = ?",
                String.class, code)).isEqualTo("BREACH_RECOVERY");
        completeAs(as("zhongxin01"), code, Element.DECIDE_BREACH_RECOVERY, of(RECTIFICATION_MONTHS, 6,
                LIQUIDATED_DAMAGES, 500, INCENTIVE_REFUND, 200, LAND_RECOVERY, true,
                BREACH_DECISION_REASON, "投资和产出均未达到协议约定，收回未开发土地"));

        assertThat(jdbc.queryForMap("SELECT land_recovery, decided_by FROM greenchannel.breach_decision "
                + "WHERE project_code = ?", code)).containsEntry("land_recovery", true)
                .containsEntry("decided_by", "zhongxin01");
        assertThat(jdbc.queryForObject("SELECT status FROM greenchannel.project WHERE project_code = ?",
                String.class, code)).isEqualTo("CLOSED");
    }

    @Test
    void a_county_cannot_answer_a_transfer_offer_made_to_another_county() {
        EngineRestClient county = as("kaiping01");
        ResponseEntity<Map<String, Object>> started = county.post("/process-definition/key/"
                + LifecycleProcess.KEY + "/start", Map.of("variables",
                        EngineRestClient.typed(LeadSamples.lead("kaiping", 30000))));
        String code = (String) started.getBody().get("businessKey");
        completeAs(county, code, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "kaiping01"));
        completeAs(county, code, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        completeAs(county, code, Element.APPOINT_COMMISSIONER, of(COMMISSIONER_ID, "kaiping02"));
        completeAs(as("kaiping02"), code, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "TRANSFER_REQUESTED",
                NEGOTIATION_REASON, "本市用能指标不足", TRANSFER_REASON_CATEGORY, "ENERGY_QUOTA"));
        // the transfer's first step is asynchronous: the job executor's work, found by an operator
        String transfer = (String) as("admin").getList("/process-instance?businessKey=" + code
                + "&processDefinitionKey=project-transfer&maxResults=5").getBody().get(0).get("id");
        runJobs(as("admin"), transfer);
        completeAs(as("zhongxin01"), code, TransferProcess.Element.REVIEW_TRANSFER, of(
                TransferProcess.Var.REVIEW_DECISION, "PROPOSE", TransferProcess.Var.RECEIVING_COUNTIES, "heshan"));

        EngineRestClient intruder = as("enping01");
        // with authorization on, the offer is not even visible to another county, and refused by the engine
        assertThat(intruder.getList("/task?processInstanceBusinessKey=" + code + "&taskDefinitionKey="
                + TransferProcess.Element.ANSWER_OFFER + "&maxResults=5").getBody()).isEmpty();
        Map<String, Object> offer = as("heshan01").taskOfProject(code, TransferProcess.Element.ANSWER_OFFER);
        ResponseEntity<String> refused = intruder.complete((String) offer.get("id"), of(
                TransferProcess.Var.OFFER_ANSWER, "ACCEPT", TransferProcess.Var.NEW_COMMISSIONER_ID, "enping02"));
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT owner_county FROM greenchannel.project WHERE project_code = ?",
                String.class, code)).isEqualTo("kaiping");

        completeAs(as("heshan01"), code, TransferProcess.Element.ANSWER_OFFER, of(
                TransferProcess.Var.OFFER_ANSWER, "ACCEPT", TransferProcess.Var.NEW_COMMISSIONER_ID, "heshan02"));
        assertThat(jdbc.queryForMap("SELECT owner_county, commissioner_id, first_contact_county FROM "
                + "greenchannel.project WHERE project_code = ?", code)).containsEntry("owner_county", "heshan")
                .containsEntry("commissioner_id", "heshan02").containsEntry("first_contact_county", "kaiping");

        // the old county and commissioner can neither read nor complete anything of the project any more
        String negotiateId = (String) as("heshan01").taskOfProject(code, Element.NEGOTIATE).get("id");
        for (String former : List.of("kaiping01", "kaiping02")) {
            assertThat(as(former).getList("/task?processInstanceBusinessKey=" + code + "&maxResults=20").getBody())
                    .as(former + " sees no task").isEmpty();
            assertThat(as(former).getList("/process-instance?businessKey=" + code + "&maxResults=20").getBody())
                    .as(former + " sees no instance").isEmpty();
            assertThat(as(former).complete(negotiateId, of(NEGOTIATION_OUTCOME, "AGREED")).getStatusCode().value())
                    .as(former + " cannot complete").isIn(403, 404);
        }
        assertThat(as("heshan02").complete(negotiateId, of(NEGOTIATION_OUTCOME, "AGREED")).getStatusCode().value())
                .isEqualTo(204);
    }

    /** Lead to signing; returns the commissioner's client. */
    private EngineRestClient toSigning(EngineRestClient county, String pi) {
        String countyCode = county.user().replaceAll("\\d+$", "");
        EngineRestClient commissioner = as(countyCode + "02");
        String key = businessKey(county, pi);
        completeAs(county, key, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, county.user()));
        completeAs(county, key, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        completeAs(county, key, Element.APPOINT_COMMISSIONER, of(COMMISSIONER_ID, countyCode + "02"));
        completeAs(commissioner, key, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "AGREED"));
        completeAs(as("ziran01"), key, Element.REVIEW_NATURAL_RESOURCES, of(REVIEW_OPINION, "AGREE"));
        completeAs(as("shengtai01"), key, Element.REVIEW_ECOLOGY_ENVIRONMENT, of(REVIEW_OPINION, "AGREE"));
        completeAs(as("fagai01"), key, Element.REVIEW_DEVELOPMENT_REFORM, of(REVIEW_OPINION, "AGREE"));
        completeAs(as("lian09"), key, Element.REVIEW_INDUSTRY_CHAIN, of(REVIEW_OPINION, "AGREE"));
        runJobs(as("admin"), pi); // the job executor's work: no county may execute jobs
        completeAs(county, key, Element.DECIDE_REVIEW, of(REVIEW_DECISION, "PASS"));

        // a bad agreement is refused with 400, a stable code and a Chinese message; the task stays
        Map<String, Object> sign = commissioner.taskOfProject(key, Element.SIGN_AGREEMENT);
        Map<String, Object> bad = LeadSamples.agreement();
        bad.put(PLANNED_START_DATE, "2026-01-01");
        ResponseEntity<String> refused = commissioner.complete((String) sign.get("id"), bad);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("GC-IN-006").contains("计划开工日期");
        completeAs(commissioner, key, Element.SIGN_AGREEMENT, LeadSamples.agreement());
        return commissioner;
    }

    /** Signing to production: registration, the four stages, land, construction and its reports. */
    private void toProduction(EngineRestClient commissioner, String code, String pi) {
        completeAs(as("shijian01"), code, Element.REGISTER_COMPANY, LeadSamples.company());
        passStage(code);
        completeAs(as("ziran01"), code, Element.SUPPLY_LAND, LeadSamples.land());
        passStage(code);
        passStage(code);
        completeAs(commissioner, code, Element.RECORD_CONSTRUCTION_START, of(CONSTRUCTION_STARTED_ON, "2026-09-01"));
        runTimer(as("admin"), pi); // the job executor's work
        completeAs(commissioner, code, Element.REPORT_PROGRESS, of(PROGRESS_PERCENT, 60, INVESTMENT_TO_DATE, 90000,
                PROGRESS_NOTE, "主体结构封顶", CONSTRUCTION_COMPLETED, false));
        runTimer(as("admin"), pi); // the job executor's work
        completeAs(commissioner, code, Element.REPORT_PROGRESS, of(PROGRESS_PERCENT, 100, INVESTMENT_TO_DATE, 150000,
                PROGRESS_NOTE, "竣工", CONSTRUCTION_COMPLETED, true, COMPLETED_ON, "2026-12-20"));
        passStage(code);
        completeAs(commissioner, code, Element.RECORD_PRODUCTION, of(PRODUCTION_STARTED_ON, "2027-03-01",
                ACTUAL_INVESTMENT, 152000));
    }

    /** The demo user who works a group's tasks. */
    private static final Map<String, String> GROUP_USER = Map.of(
            "dept-development-reform", "fagai01", "dept-natural-resources", "ziran01",
            "dept-ecology-environment", "shengtai01", "dept-housing-construction", "zhujian01",
            "dept-market-regulation", "shijian01", "city-investment-centre", "zhongxin01");

    /** A stage over REST: the lead department confirms the items, each runs the standard way. */
    private void passStage(String code) {
        completeAllAs(code, GreenChannelProcess.Element.CONFIRM_ITEMS, of());
        runProjectJobs(code);
        completeAllAs(code, GreenChannelProcess.Element.SUBMIT_APPLICATION, of(GreenChannelProcess.Var.MISSING_MATERIALS, ""));
        completeAllAs(code, GreenChannelProcess.Element.ACCEPTANCE_CHECK, of(GreenChannelProcess.Var.ACCEPTANCE_RESULT, "ACCEPT"));
        completeAllAs(code, GreenChannelProcess.Element.REVIEW_ITEM, of(GreenChannelProcess.Var.ITEM_DECISION, "APPROVE"));
        runProjectJobs(code);
    }

    /** Completes every open task at the element, each as a user of its candidate group (or candidate user). */
    private void completeAllAs(String code, String taskKey, Map<String, Object> variables) {
        EngineRestClient admin = as("zhongxin01");
        List<Map<String, Object>> tasks = admin.getList("/task?processInstanceBusinessKey=" + code
                + "&taskDefinitionKey=" + taskKey + "&maxResults=20").getBody();
        assertThat(tasks).as(taskKey + " of " + code).isNotEmpty();
        for (Map<String, Object> task : tasks) {
            List<Map<String, Object>> links = admin.getList("/task/" + task.get("id") + "/identity-links").getBody();
            String user = links.stream().filter(l -> l.get("groupId") != null && GROUP_USER.containsKey(l.get("groupId")))
                    .map(l -> GROUP_USER.get(l.get("groupId"))).findFirst()
                    .orElseGet(() -> links.stream().filter(l -> l.get("userId") != null && "candidate".equals(l.get("type")))
                            .map(l -> (String) l.get("userId")).findFirst().orElseThrow());
            EngineRestClient client = as(user);
            assertThat(client.getText("/task/" + task.get("id") + "/deployed-form").getStatusCode().value()).isEqualTo(200);
            ResponseEntity<String> done = client.complete((String) task.get("id"), variables);
            assertThat(done.getStatusCode().value()).as(taskKey + " by " + user + ": " + done.getBody()).isEqualTo(204);
        }
    }

    private void runProjectJobs(String code) {
        EngineRestClient admin = as("admin"); // the job executor's work: the city centre only reads
        for (int round = 0; round < 20; round++) {
            int ran = 0;
            for (Map<String, Object> instance : admin.getList("/process-instance?businessKey=" + code + "&maxResults=50")
                    .getBody()) {
                for (Map<String, Object> job : admin.getList("/job?processInstanceId=" + instance.get("id")
                        + "&executable=true&maxResults=50").getBody()) {
                    assertThat(admin.postForText("/job/" + job.get("id") + "/execute", Map.of()).getStatusCode().value())
                            .isEqualTo(204);
                    ran++;
                }
            }
            if (ran == 0) {
                return;
            }
        }
    }

    private String businessKey(EngineRestClient client, String pi) {
        return (String) client.getMap("/process-instance/" + pi).getBody().get("businessKey");
    }

    private void completeAs(EngineRestClient client, String code, String taskKey, Map<String, Object> variables) {
        Map<String, Object> task = client.taskOfProject(code, taskKey);
        String taskId = (String) task.get("id");
        assertThat(client.getText("/task/" + taskId + "/deployed-form").getStatusCode().value())
                .as("form of " + taskKey).isEqualTo(200);
        ResponseEntity<String> done = client.complete(taskId, variables);
        assertThat(done.getStatusCode().value()).as(taskKey + ": " + done.getBody()).isEqualTo(204);
    }

    /** Runs the instance's one timer now, as the job executor would when it falls due. */
    private void runTimer(EngineRestClient client, String pi) {
        List<Map<String, Object>> timers = client.getList("/job?processInstanceId=" + pi + "&timers=true&maxResults=5")
                .getBody();
        assertThat(timers).hasSize(1);
        assertThat(client.postForText("/job/" + timers.get(0).get("id") + "/execute", Map.of()).getStatusCode().value())
                .isEqualTo(204);
    }

    private void runJobs(EngineRestClient client, String pi) {
        List<Map<String, Object>> jobs = client.getList("/job?processInstanceId=" + pi + "&maxResults=10").getBody();
        assertThat(jobs).isNotEmpty();
        for (Map<String, Object> job : jobs) {
            assertThat(client.postForText("/job/" + job.get("id") + "/execute", Map.of()).getStatusCode().value())
                    .isEqualTo(204);
        }
    }
}
