package cn.jiangmen.greenchannel.web;

import static cn.jiangmen.greenchannel.approval.GreenChannelProcess.Var.*;
import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.approval.GreenChannelProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.EngineRestClient;
import cn.jiangmen.greenchannel.support.GreenChannelTestClock;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.LeadSamples;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A major project through all four stages over /engine-rest with items in every mode, and a
 * commitment found untrue 20 working days after its stage ended reaching the lifecycle.
 */
@IntegrationTest
// One engine may be named "default" per JVM (the REST API and webapps address it): close this
// context after the class so the next web test does not meet a stale "default" engine.
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class GreenChannelRestTest {

    private static final String PASSWORD = "Demo@2026jm";
    private static final Map<String, String> GROUP_USER = Map.of(
            "dept-development-reform", "fagai01", "dept-natural-resources", "ziran01",
            "dept-ecology-environment", "shengtai01", "dept-housing-construction", "zhujian01",
            "dept-market-regulation", "shijian01", "city-investment-centre", "zhongxin01",
            "county-taishan", "taishan01");

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        GreenChannelTestClock.reset();
    }

    private EngineRestClient as(String user) {
        return new EngineRestClient(rest, user, PASSWORD);
    }

    @Test
    void a_major_project_passes_four_stages_with_every_mode_and_a_late_revocation_reaches_the_lifecycle() {
        GreenChannelTestClock.setChinaTime("2026-03-02T10:00:00");
        EngineRestClient county = as("taishan01");
        ResponseEntity<Map<String, Object>> started = county.post("/process-definition/key/" + LifecycleProcess.KEY
                + "/start", Map.of("variables", EngineRestClient.typed(LeadSamples.lead("taishan", 150000))));
        assertThat(started.getStatusCode().value()).isEqualTo(200);
        String code = (String) started.getBody().get("businessKey");
        complete(code, Element.ACKNOWLEDGE_LEAD, t -> of(LEAD_OWNER, "taishan01"));
        complete(code, Element.JUDGE_LEAD, t -> of(JUDGEMENT, "PURSUE"));
        complete(code, Element.APPOINT_COMMISSIONER, t -> of(COMMISSIONER_ID, "zhongxin02"));
        complete(code, Element.NEGOTIATE, t -> of(NEGOTIATION_OUTCOME, "AGREED"));
        for (String review : List.of(Element.REVIEW_NATURAL_RESOURCES, Element.REVIEW_ECOLOGY_ENVIRONMENT,
                Element.REVIEW_DEVELOPMENT_REFORM)) {
            complete(code, review, t -> of(REVIEW_OPINION, "AGREE"));
        }
        completeAs("lian09", code, Element.REVIEW_INDUSTRY_CHAIN, of(REVIEW_OPINION, "AGREE"));
        runJobs(code);
        complete(code, Element.DECIDE_REVIEW, t -> of(REVIEW_DECISION, "PASS"));
        complete(code, Element.SIGN_AGREEMENT, t -> LeadSamples.agreement());
        complete(code, Element.REGISTER_COMPANY, t -> LeadSamples.company());

        // stage 1: filing by commitment, land pre-review tolerant, the rest standard
        stage(code, item -> switch (item) {
            case "FILING" -> of(MISSING_MATERIALS, "", CHOOSE_COMMITMENT, true, COMMITMENT_SIGNED, true);
            case "LAND_PREREVIEW" -> of(MISSING_MATERIALS, "SURVEY");
            default -> of(MISSING_MATERIALS, "");
        });
        assertThat(modes(code)).contains("COMMITMENT", "TOLERANT", "STANDARD");
        complete(code, GreenChannelProcess.Element.SUBMIT_SUPPLEMENT, t -> of(SUPPLEMENT_NOTE, "已补交勘测定界报告"));
        complete(code, GreenChannelProcess.Element.CHECK_SUPPLEMENT, t -> of(SUPPLEMENT_RESULT, "ACCEPT"));

        complete(code, Element.SUPPLY_LAND, t -> LeadSamples.land());
        stage(code, item -> of(MISSING_MATERIALS, ""));
        stage(code, item -> of(MISSING_MATERIALS, ""));
        assertThat(jdbc.queryForObject("SELECT status FROM greenchannel.project WHERE project_code = ?",
                String.class, code)).isEqualTo("LAND_SUPPLIED");
        assertThat(jdbc.queryForList("SELECT outcome FROM greenchannel.approval_stage_run WHERE project_code = ?",
                String.class, code)).containsExactly("APPROVED", "APPROVED", "APPROVED");

        // 20 working days after stage 1 ended, the filing's commitment is found untrue and not rectified
        GreenChannelTestClock.setChinaTime("2026-03-30T10:00:00");
        complete(code, GreenChannelProcess.Element.VERIFY_COMMITMENT, t -> of(VERIFICATION_RESULT, "FAIL",
                VERIFICATION_FINDINGS, "项目单位信息与承诺不符", RECTIFICATION_DEADLINE, "2026-04-03"));
        GreenChannelTestClock.setChinaTime("2026-04-07T10:00:00");
        complete(code, GreenChannelProcess.Element.CHECK_RECTIFICATION, t -> of(RECTIFICATION_RESULT, "NOT_RECTIFIED",
                RECTIFICATION_NOTE, "逾期未整改"));
        Map<String, Object> decide = as("zhongxin01").taskOfProject(code, Element.DECIDE_AFTER_REVOCATION);
        assertThat(decide).isNotNull();
        assertThat(jdbc.queryForObject("SELECT kind FROM greenchannel.credit_record r JOIN greenchannel.approval_case c "
                + "ON c.case_id = r.case_id WHERE c.project_code = ?", String.class, code)).isEqualTo("FALSE_COMMITMENT");

        // the lifecycle goes on: construction, completion, stage 4, production
        complete(code, Element.RECORD_CONSTRUCTION_START, t -> of(CONSTRUCTION_STARTED_ON, "2026-09-01"));
        runTimers(code);
        complete(code, Element.REPORT_PROGRESS, t -> of(PROGRESS_PERCENT, 100, INVESTMENT_TO_DATE, 150000,
                PROGRESS_NOTE, "竣工", CONSTRUCTION_COMPLETED, true, COMPLETED_ON, "2026-12-20"));
        stage(code, item -> of(MISSING_MATERIALS, ""));
        complete(code, Element.RECORD_PRODUCTION, t -> of(PRODUCTION_STARTED_ON, "2027-03-01", ACTUAL_INVESTMENT, 152000));
        assertThat(jdbc.queryForObject("SELECT status FROM greenchannel.project WHERE project_code = ?",
                String.class, code)).isEqualTo("IN_PRODUCTION");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.approval_case WHERE project_code = ? "
                + "AND outcome = 'APPROVED'", Integer.class, code)).isGreaterThanOrEqualTo(10);

        // and the channel's performance is readable by the city centre, not by a county
        assertThat(rest.withBasicAuth("zhongxin01", PASSWORD).getForEntity("/api/green-channel/performance",
                String.class).getBody()).contains("FILING");
        assertThat(rest.withBasicAuth("taishan01", PASSWORD).getForEntity("/api/green-channel/performance",
                String.class).getStatusCode().value()).isEqualTo(403);
    }

    private List<String> modes(String code) {
        return jdbc.queryForList("SELECT mode FROM greenchannel.approval_case WHERE project_code = ?", String.class, code);
    }

    /** One stage: items confirmed as proposed, each submitted as {@code submission} says, accepted and approved. */
    private void stage(String code, Function<String, Map<String, Object>> submission) {
        complete(code, GreenChannelProcess.Element.CONFIRM_ITEMS, t -> of());
        runJobs(code);
        complete(code, GreenChannelProcess.Element.SUBMIT_APPLICATION, t -> submission.apply(itemCode(t)));
        complete(code, GreenChannelProcess.Element.ACCEPTANCE_CHECK, t -> of(ACCEPTANCE_RESULT, "ACCEPT"));
        complete(code, GreenChannelProcess.Element.TOLERANT_ACCEPTANCE, t -> of(SUPPLEMENT_DEADLINE,
                (String) variable(t, ITEM_DUE_DATE), TOLERANCE_NOTICE, "请于承诺时限内补交"));
        complete(code, GreenChannelProcess.Element.DECIDE_ON_COMMITMENT, t -> of(ITEM_DECISION, "APPROVE"));
        complete(code, GreenChannelProcess.Element.REVIEW_ITEM, t -> of(ITEM_DECISION, "APPROVE"));
        runJobs(code);
    }

    private String itemCode(Map<String, Object> task) {
        return (String) variable(task, ITEM_CODE);
    }

    private Object variable(Map<String, Object> task, String name) {
        return as("zhongxin01").getMap("/process-instance/" + task.get("processInstanceId") + "/variables/" + name)
                .getBody().get("value");
    }

    /** Completes every open task of the project at the element, each as a user of its candidates. */
    private void complete(String code, String taskKey, Function<Map<String, Object>, Map<String, Object>> variables) {
        EngineRestClient centre = as("zhongxin01");
        for (Map<String, Object> task : centre.getList("/task?processInstanceBusinessKey=" + code
                + "&taskDefinitionKey=" + taskKey + "&maxResults=20").getBody()) {
            List<Map<String, Object>> links = centre.getList("/task/" + task.get("id") + "/identity-links").getBody();
            String user = links.stream().filter(l -> l.get("userId") != null && "candidate".equals(l.get("type")))
                    .map(l -> (String) l.get("userId")).findFirst()
                    .orElseGet(() -> links.stream().filter(l -> GROUP_USER.containsKey(l.get("groupId")))
                            .map(l -> GROUP_USER.get(l.get("groupId"))).findFirst().orElseThrow());
            ResponseEntity<String> done = as(user).complete((String) task.get("id"), variables.apply(task));
            assertThat(done.getStatusCode().value()).as(taskKey + " by " + user + ": " + done.getBody()).isEqualTo(204);
        }
    }

    private void completeAs(String user, String code, String taskKey, Map<String, Object> variables) {
        Map<String, Object> task = as(user).taskOfProject(code, taskKey);
        assertThat(as(user).complete((String) task.get("id"), variables).getStatusCode().value()).isEqualTo(204);
    }

    private void runJobs(String code) {
        // the job executor's work (an operator's in Cockpit): the city centre reads, it does not execute jobs
        EngineRestClient centre = as("admin");
        for (int round = 0; round < 20; round++) {
            int ran = 0;
            for (Map<String, Object> instance : centre.getList("/process-instance?businessKey=" + code
                    + "&maxResults=50").getBody()) {
                for (Map<String, Object> job : centre.getList("/job?processInstanceId=" + instance.get("id")
                        + "&executable=true&maxResults=50").getBody()) {
                    centre.postForText("/job/" + job.get("id") + "/execute", Map.of());
                    ran++;
                }
            }
            if (ran == 0) {
                return;
            }
        }
    }

    /** The lifecycle's next timer, run now as if its due date had come. */
    private void runTimers(String code) {
        EngineRestClient centre = as("admin"); // the job executor's work: the city centre only reads
        String lifecycle = (String) centre.getList("/process-instance?businessKey=" + code + "&processDefinitionKey="
                + LifecycleProcess.KEY + "&maxResults=5").getBody().get(0).get("id");
        for (Map<String, Object> job : centre.getList("/job?processInstanceId=" + lifecycle + "&timers=true&maxResults=5")
                .getBody()) {
            centre.postForText("/job/" + job.get("id") + "/execute", Map.of());
        }
    }

    @Test
    void only_administrators_keep_the_catalogue_and_a_decisive_document_can_never_be_tolerable() {
        List<Map<String, Object>> original = List.of(
                Map.of("code", "APPLICATION", "name", "排污许可证申请表", "core", true, "decisive", true),
                Map.of("code", "MONITORING_PLAN", "name", "自行监测方案", "core", false, "decisive", false),
                Map.of("code", "FACILITY_LIST", "name", "污染防治设施清单", "core", false, "decisive", false));
        List<Map<String, Object>> tolerableDecisive = List.of(
                Map.of("code", "APPLICATION", "name", "排污许可证申请表", "core", false, "decisive", true));
        String url = "/api/approval-items/DISCHARGE_PERMIT/materials";
        ResponseEntity<String> refused = rest.withBasicAuth("admin", PASSWORD).exchange(url,
                org.springframework.http.HttpMethod.PUT, new org.springframework.http.HttpEntity<>(tolerableDecisive),
                String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("GC-GC-422").contains("决定性材料");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.approval_item_material WHERE item_code = "
                + "'DISCHARGE_PERMIT'", Integer.class)).isEqualTo(3);
        assertThat(rest.withBasicAuth("taishan01", PASSWORD).exchange(url, org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(original), String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(rest.withBasicAuth("admin", PASSWORD).exchange(url, org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(original), String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(rest.withBasicAuth("taishan01", PASSWORD).getForEntity("/api/approval-items", String.class).getBody())
                .contains("排污许可证").contains("FILING");
    }
}
