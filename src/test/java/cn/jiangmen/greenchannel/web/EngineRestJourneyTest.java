package cn.jiangmen.greenchannel.web;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.EngineRestClient;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.LeadSamples;
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
    void a_county_user_registers_a_project_and_it_reaches_signing_with_its_record() {
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

        completeAs(county, pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "pengjiang01"));
        completeAs(county, pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        completeAs(county, pi, Element.APPOINT_COMMISSIONER, of(COMMISSIONER_ID, "pengjiang02"));
        EngineRestClient commissioner = as("pengjiang02");
        completeAs(commissioner, pi, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "AGREED"));
        completeAs(as("ziran01"), pi, Element.REVIEW_NATURAL_RESOURCES, of(REVIEW_OPINION, "AGREE"));
        completeAs(as("shengtai01"), pi, Element.REVIEW_ECOLOGY_ENVIRONMENT, of(REVIEW_OPINION, "AGREE"));
        completeAs(as("fagai01"), pi, Element.REVIEW_DEVELOPMENT_REFORM, of(REVIEW_OPINION, "AGREE"));
        completeAs(as("lian09"), pi, Element.REVIEW_INDUSTRY_CHAIN, of(REVIEW_OPINION, "AGREE"));
        runJobs(as("admin"), pi); // the job executor's work: no county may execute jobs
        completeAs(county, pi, Element.DECIDE_REVIEW, of(REVIEW_DECISION, "PASS"));

        // a bad agreement is refused with 400, a stable code and a Chinese message; the task stays
        Map<String, Object> sign = commissioner.task(pi, Element.SIGN_AGREEMENT);
        Map<String, Object> bad = LeadSamples.agreement();
        bad.put(PLANNED_START_DATE, "2026-01-01");
        ResponseEntity<String> refused = commissioner.complete((String) sign.get("id"), bad);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("GC-IN-006").contains("计划开工日期");

        completeAs(commissioner, pi, Element.SIGN_AGREEMENT, LeadSamples.agreement());
        commissioner.task(pi, Element.LANDING_FOLLOW_UP);

        assertThat(jdbc.queryForObject("SELECT status FROM greenchannel.project WHERE project_code = ?",
                String.class, code)).isEqualTo("SIGNED");
        assertThat(jdbc.queryForObject("SELECT registered_by FROM greenchannel.project WHERE project_code = ?",
                String.class, code)).isEqualTo("pengjiang01");
        assertThat(jdbc.queryForObject("SELECT commissioner_id FROM greenchannel.project WHERE project_code = ?",
                String.class, code)).isEqualTo("pengjiang02");
        assertThat(jdbc.queryForList("SELECT milestone_type FROM greenchannel.milestone WHERE project_code = ?",
                String.class, code)).containsExactlyInAnyOrder("LEAD_REGISTERED", "LEAD_ACKNOWLEDGED", "LEAD_JUDGED",
                "COMMISSIONER_APPOINTED", "NEGOTIATION_AGREED", "REVIEW_DECIDED", "SIGNED");
        assertThat(jdbc.queryForObject("SELECT investment_amount FROM greenchannel.agreement WHERE project_code = ?",
                Long.class, code)).isEqualTo(150000L);
        assertThat(jdbc.queryForList("SELECT actor FROM greenchannel.audit_log WHERE project_code = ? "
                + "AND action = 'REVIEW_OPINION'", String.class, code))
                .containsExactlyInAnyOrder("ziran01", "shengtai01", "fagai01", "lian09");
    }

    private void completeAs(EngineRestClient client, String pi, String taskKey, Map<String, Object> variables) {
        Map<String, Object> task = client.task(pi, taskKey);
        String taskId = (String) task.get("id");
        assertThat(client.getText("/task/" + taskId + "/deployed-form").getStatusCode().value())
                .as("form of " + taskKey).isEqualTo(200);
        ResponseEntity<String> done = client.complete(taskId, variables);
        assertThat(done.getStatusCode().value()).as(taskKey + ": " + done.getBody()).isEqualTo(204);
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
