package cn.jiangmen.greenchannel.security;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.EngineRestClient;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.ProjectSetup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Who did what and when (domain.md §10.15): completions, deployments, authorization and identity changes. */
@IntegrationTest
// One engine may be named "default" per JVM (the REST API and webapps address it): close this
// context after the class so the next web test does not meet a stale "default" engine.
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class AuditTrailTest {

    static final String PROBE_BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://jiangmen.test">
              <bpmn:process id="%s" name="审计探针" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="start" name="开始"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProcessEngine engine;
    private final ObjectMapper json = new ObjectMapper();

    private List<Map<String, Object>> entries(String action, String after) {
        return jdbc.queryForList("SELECT actor, project_code, before_value, after_value FROM greenchannel.audit_log "
                + "WHERE action = ? AND after_value LIKE ? ORDER BY id", action, "%" + after + "%");
    }

    private static Object col(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    }

    /** Deploys a one-event model as the given user over REST. */
    static ResponseEntity<String> deploy(TestRestTemplate rest, String user, String processKey) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", processKey);
        form.add("deployment-source", "audit-test");
        form.add("data", new ByteArrayResource(String.format(PROBE_BPMN, processKey).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return processKey + ".bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "Demo@2026jm");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
    }

    @Test
    void a_completed_task_is_recorded_with_who_and_which_project_and_a_refused_one_is_not() {
        ProjectSetup setup = new ProjectSetup(engine);
        ProcessInstance pi = setup.register("enping", 20000);
        String code = setup.code(pi);
        Task ack = setup.task(pi, Element.ACKNOWLEDGE_LEAD);
        EngineRestClient county = new EngineRestClient(rest, "enping01", "Demo@2026jm");

        assertThat(county.complete(ack.getId(), of(LEAD_OWNER, "nobody")).getStatusCode().value()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.audit_log WHERE action = 'TASK_COMPLETED' "
                + "AND project_code = ?", Integer.class, code)).as("refused: no entry").isZero();

        assertThat(county.complete(ack.getId(), of(LEAD_OWNER, "enping01")).getStatusCode().value()).isEqualTo(204);
        List<Map<String, Object>> done = jdbc.queryForList("SELECT actor, after_value FROM greenchannel.audit_log "
                + "WHERE action = 'TASK_COMPLETED' AND project_code = ?", code);
        assertThat(done).hasSize(1);
        assertThat(col(done.get(0), "actor")).isEqualTo("enping01");
        assertThat((String) col(done.get(0), "after_value")).contains("线索确认").contains(Element.ACKNOWLEDGE_LEAD);
        // the grants every new task brings are part of that step, not separate audit entries
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.audit_log WHERE action LIKE 'AUTHORIZATION_%' "
                + "AND project_code = ?", Integer.class, code)).isZero();
    }

    @Test
    void deployments_are_recorded_with_who_deployed_and_deleted() throws Exception {
        ResponseEntity<String> deployed = deploy(rest, "admin", "audit-probe-deploy");
        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
        String deploymentId = json.readTree(deployed.getBody()).path("id").asText();
        List<Map<String, Object>> created = entries("DEPLOYMENT_CREATED", deploymentId);
        assertThat(created).hasSize(1);
        assertThat(col(created.get(0), "actor")).isEqualTo("admin");
        assertThat((String) col(created.get(0), "after_value")).contains("audit-probe-deploy:1");

        EngineRestClient admin = new EngineRestClient(rest, "admin", "Demo@2026jm");
        rest.exchange("/engine-rest/deployment/" + deploymentId + "?cascade=true", HttpMethod.DELETE,
                new HttpEntity<>(basic("admin")), String.class);
        assertThat(jdbc.queryForList("SELECT actor FROM greenchannel.audit_log WHERE action = 'DEPLOYMENT_DELETED' "
                + "AND before_value = ?", String.class, deploymentId)).containsExactly("admin");
        assertThat(admin.getText("/deployment/" + deploymentId).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void authorization_and_membership_changes_are_recorded_with_before_and_after() throws Exception {
        EngineRestClient admin = new EngineRestClient(rest, "admin", "Demo@2026jm");
        ResponseEntity<String> created = admin.postForText("/authorization/create", Map.of(
                "type", 1, "permissions", List.of("READ"), "groupId", "dept-commerce",
                "resourceType", 6, "resourceId", "audit-probe-definition"));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(200);
        String id = json.readTree(created.getBody()).path("id").asText();
        List<Map<String, Object>> made = entries("AUTHORIZATION_CREATED", "audit-probe-definition");
        assertThat(made).hasSize(1);
        assertThat(col(made.get(0), "actor")).isEqualTo("admin");
        assertThat((String) col(made.get(0), "after_value"))
                .isEqualTo("GRANT group dept-commerce PROCESS_DEFINITION/audit-probe-definition READ");

        HttpHeaders headers = basic("admin");
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(rest.exchange("/engine-rest/authorization/" + id, HttpMethod.PUT, new HttpEntity<>(Map.of(
                "permissions", List.of("READ", "CREATE_INSTANCE"), "groupId", "dept-commerce",
                "resourceType", 6, "resourceId", "audit-probe-definition"), headers), String.class)
                .getStatusCode().value()).isEqualTo(204);
        List<Map<String, Object>> updated = entries("AUTHORIZATION_UPDATED", "audit-probe-definition");
        assertThat(updated).hasSize(1);
        assertThat((String) col(updated.get(0), "before_value")).endsWith("audit-probe-definition READ");
        assertThat((String) col(updated.get(0), "after_value")).endsWith("READ,CREATE_INSTANCE");

        assertThat(rest.exchange("/engine-rest/authorization/" + id, HttpMethod.DELETE,
                new HttpEntity<>(basic("admin")), String.class).getStatusCode().value()).isEqualTo(204);
        assertThat(jdbc.queryForList("SELECT before_value FROM greenchannel.audit_log WHERE action = 'AUTHORIZATION_DELETED' "
                + "AND before_value LIKE '%audit-probe-definition%'", String.class)).hasSize(1);

        HttpHeaders put = basic("admin");
        assertThat(rest.exchange("/engine-rest/group/dept-commerce/members/shangwu01", HttpMethod.DELETE,
                new HttpEntity<>(put), String.class).getStatusCode().value()).isEqualTo(204);
        assertThat(rest.exchange("/engine-rest/group/dept-commerce/members/shangwu01", HttpMethod.PUT,
                new HttpEntity<>(put), String.class).getStatusCode().value()).isEqualTo(204);
        assertThat(jdbc.queryForList("SELECT action FROM greenchannel.audit_log WHERE actor = 'admin' AND "
                + "(after_value = 'shangwu01 → dept-commerce' OR before_value = 'shangwu01 → dept-commerce') ORDER BY id",
                String.class)).containsExactly("MEMBERSHIP_DELETED", "MEMBERSHIP_CREATED");
    }

    @Test
    void the_audit_trail_is_readable_by_the_city_centre_and_administrators_only() throws Exception {
        ProjectSetup setup = new ProjectSetup(engine);
        ProcessInstance pi = setup.register("heshan", 20000);
        String code = setup.code(pi);
        setup.complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "heshan01"));
        for (String reader : List.of("zhongxin01", "admin")) {
            ResponseEntity<String> trail = rest.exchange("/api/projects/" + code + "/audit", HttpMethod.GET,
                    new HttpEntity<>(basic(reader)), String.class);
            assertThat(trail.getStatusCode().value()).as(reader).isEqualTo(200);
            JsonNode entries = json.readTree(trail.getBody());
            assertThat(entries.findValuesAsText("action")).contains("PROJECT_REGISTERED", "TASK_COMPLETED",
                    "LEAD_ACKNOWLEDGED");
        }
        for (String other : List.of("heshan01", "lingdao01", "guanli01", "ziran01")) {
            ResponseEntity<String> refused = rest.exchange("/api/projects/" + code + "/audit", HttpMethod.GET,
                    new HttpEntity<>(basic(other)), String.class);
            assertThat(refused.getStatusCode().value()).as(other).isEqualTo(403);
            assertThat(refused.getBody()).contains("GC-AUTH-403").doesNotContain("TASK_COMPLETED");
        }
    }

    private static HttpHeaders basic(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "Demo@2026jm");
        return headers;
    }
}
