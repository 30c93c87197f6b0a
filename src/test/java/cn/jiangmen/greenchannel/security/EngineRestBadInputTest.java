package cn.jiangmen.greenchannel.security;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.EngineRestClient;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.LeadSamples;
import cn.jiangmen.greenchannel.support.ProjectSetup;
import cn.jiangmen.greenchannel.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input over /engine-rest answers 400 with a stable code and a Chinese message, and changes
 * nothing: no project row, no process instance (runtime or history), the task stays open.
 */
@IntegrationTest
// One engine may be named "default" per JVM (the REST API and webapps address it): close this
// context after the class so the next web test does not meet a stale "default" engine.
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class EngineRestBadInputTest {

    private static final String START = "/engine-rest/process-definition/key/" + LifecycleProcess.KEY + "/start";
    private static final String SUBMIT_START_FORM = "/engine-rest/process-definition/key/" + LifecycleProcess.KEY
            + "/submit-form";

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProcessEngine engine;
    private final ObjectMapper json = new ObjectMapper();

    private Map<String, Long> counts;

    @BeforeEach
    void remember() {
        counts = counts();
    }

    private Map<String, Long> counts() {
        Map<String, Long> c = new LinkedHashMap<>();
        c.put("project", jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.project", Long.class));
        c.put("milestone", jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.milestone", Long.class));
        c.put("instances", engine.getRuntimeService().createProcessInstanceQuery().count());
        c.put("history", engine.getHistoryService().createHistoricProcessInstanceQuery().count());
        c.put("tasks", engine.getTaskService().createTaskQuery().count());
        return c;
    }

    private ResponseEntity<String> postRaw(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "Demo@2026jm");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        try {
            return postRaw(user, path, json.writeValueAsString(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> startBody(Map<String, Object> typedVariables) {
        return Map.of("variables", typedVariables);
    }

    private static Map<String, Object> leadWith(Consumer<Map<String, Object>> change) {
        Map<String, Object> typed = EngineRestClient.typed(LeadSamples.lead("pengjiang", 30000));
        change.accept(typed);
        return typed;
    }

    private void assertRefused(ResponseEntity<String> answer, String code, String chinese) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.path("code").asText()).isEqualTo(code);
        assertThat(body.path("message").asText()).startsWith("[" + code + "]").contains(chinese);
        assertThat(body.path("type").asText()).isNotBlank();
        assertThat(counts()).as("nothing persisted").isEqualTo(counts);
    }

    @Test
    void a_missing_required_field_is_refused() throws Exception {
        assertRefused(post("pengjiang01", START, startBody(leadWith(v -> v.remove(PROJECT_NAME)))),
                "GC-IN-001", "请填写“项目名称”");
    }

    @Test
    void a_negative_amount_is_refused() throws Exception {
        assertRefused(post("pengjiang01", START, startBody(leadWith(v -> v.put(PLANNED_INVESTMENT,
                Map.of("value", -5, "type", "Long"))))), "GC-IN-003", "计划投资额");
    }

    @Test
    void an_absurd_amount_is_refused() throws Exception {
        assertRefused(post("pengjiang01", START, startBody(leadWith(v -> v.put(PLANNED_INVESTMENT,
                Map.of("value", 999_999_999_999L, "type", "Long"))))), "GC-IN-003", "计划投资额");
    }

    @Test
    void an_unknown_county_is_refused() throws Exception {
        assertRefused(post("pengjiang01", START, startBody(leadWith(v -> v.put(TARGET_COUNTY,
                Map.of("value", "guangzhou", "type", "String"))))), "GC-IN-005", "意向落地县");
    }

    @Test
    void an_unknown_chain_is_refused() throws Exception {
        assertRefused(post("pengjiang01", START, startBody(leadWith(v -> v.put(CHAIN_CODE,
                Map.of("value", "no-such-chain", "type", "String"))))), "GC-IN-005", "所属产业链");
    }

    @Test
    void an_over_long_text_is_refused() throws Exception {
        assertRefused(post("pengjiang01", START, startBody(leadWith(v -> v.put(PROJECT_NAME,
                Map.of("value", "项".repeat(101), "type", "String"))))), "GC-IN-004", "不能超过100个字");
    }

    @Test
    void malformed_json_is_refused() throws Exception {
        assertRefused(postRaw("pengjiang01", START, "{\"variables\": {\"projectName\": "), "GC-REQ-001", "格式错误");
    }

    @Test
    void a_text_where_a_number_belongs_is_refused() throws Exception {
        assertRefused(post("pengjiang01", START, startBody(leadWith(v -> v.put(PLANNED_INVESTMENT,
                Map.of("value", "很多", "type", "String"))))), "GC-IN-002", "应为整数");
    }

    @Test
    void a_value_that_does_not_fit_its_declared_type_is_refused() throws Exception {
        assertRefused(post("pengjiang01", START, startBody(leadWith(v -> v.put(PLANNED_INVESTMENT,
                Map.of("value", "abc", "type", "Long"))))), "GC-REQ-002", "请求参数无效");
    }

    @Test
    void a_java_serialized_variable_is_refused_with_400_not_500() throws Exception {
        Map<String, Object> serialized = Map.of("value", "rO0ABXQABWhlbGxv", "type", "Object",
                "valueInfo", Map.of("objectTypeName", "java.lang.String",
                        "serializationDataFormat", "application/x-java-serialized-object"));
        assertRefused(post("pengjiang01", START, startBody(leadWith(v -> v.put("payload", serialized)))),
                "GC-REQ-003", "Java 序列化");
    }

    @Test
    void the_start_form_submission_is_refused_the_same_way() throws Exception {
        assertRefused(post("pengjiang01", SUBMIT_START_FORM, startBody(leadWith(v -> v.remove(INVESTOR_NAME)))),
                "GC-IN-001", "投资方名称");
    }

    @Test
    void a_bad_task_submission_is_refused_and_the_task_stays_open() throws Exception {
        ProcessInstance pi = new ProjectSetup(engine).register("pengjiang", 30000);
        Task ack = new ProjectSetup(engine).task(pi, Element.ACKNOWLEDGE_LEAD);
        counts = counts();

        assertRefused(post("pengjiang01", "/engine-rest/task/" + ack.getId() + "/complete",
                Map.of("variables", EngineRestClient.typed(Map.of(LEAD_OWNER, "nobody")))), "GC-IN-008", "不是系统中的用户");
        assertRefused(post("pengjiang01", "/engine-rest/task/" + ack.getId() + "/submit-form",
                Map.of("variables", Map.of())), "GC-IN-001", "线索负责人");
        Map<String, Object> serialized = Map.of("value", "rO0ABXQABWhlbGxv", "type", "Object",
                "valueInfo", Map.of("objectTypeName", "java.lang.String",
                        "serializationDataFormat", "application/x-java-serialized-object"));
        assertRefused(post("pengjiang01", "/engine-rest/task/" + ack.getId() + "/complete",
                Map.of("variables", Map.of(LEAD_OWNER, Map.of("value", "pengjiang01", "type", "String"),
                        "payload", serialized))), "GC-REQ-003", "Java 序列化");
        assertRefused(postRaw("pengjiang01", "/engine-rest/task/" + ack.getId() + "/complete", "{\"variables\""),
                "GC-REQ-001", "格式错误");
        assertThat(engine.getTaskService().createTaskQuery().taskId(ack.getId()).count()).as("task stays open").isOne();
    }

    @Test
    void the_webapps_engine_api_refuses_java_serialized_variables_with_400_too() throws Exception {
        ProcessInstance pi = new ProjectSetup(engine).register("pengjiang", 30000);
        Task ack = new ProjectSetup(engine).task(pi, Element.ACKNOWLEDGE_LEAD);
        counts = counts();
        WebappSession tasklist = new WebappSession(rest);
        assertThat(tasklist.login("tasklist", "pengjiang01", "Demo@2026jm")).isEqualTo(200);
        Map<String, Object> serialized = Map.of("value", "rO0ABXQABWhlbGxv", "type", "Object",
                "valueInfo", Map.of("objectTypeName", "java.lang.String",
                        "serializationDataFormat", "application/x-java-serialized-object"));
        assertRefused(tasklist.post("/camunda/api/engine/engine/default/task/" + ack.getId() + "/submit-form",
                Map.of("variables", Map.of("payload", serialized)), true), "GC-REQ-003", "Java 序列化");
        // an ordinary submission through the same API still works (the body is passed on intact)
        ResponseEntity<String> ok = tasklist.post("/camunda/api/engine/engine/default/task/" + ack.getId()
                + "/submit-form", Map.of("variables", EngineRestClient.typed(Map.of(LEAD_OWNER, "pengjiang01"))), true);
        assertThat(ok.getStatusCode().value()).as(ok.getBody()).isEqualTo(204);
    }

    @Test
    void a_good_start_still_works_and_answers_the_project_code() throws Exception {
        ResponseEntity<String> answer = post("pengjiang01", START, Map.of("variables",
                EngineRestClient.typed(LeadSamples.lead("pengjiang", 30000))));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        assertThat(json.readTree(answer.getBody()).path("businessKey").asText()).matches("JM\\d{4}-\\d{5}");
    }

    @Test
    void our_api_answers_malformed_json_with_400_too() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("admin", "Demo@2026jm");
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = rest.exchange("/api/calendar/2031", HttpMethod.PUT,
                new HttpEntity<>("{\"holidays\": [", headers), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(answer.getBody()).path("code").asText()).isEqualTo("GC-REQ-001");
        assertThat(List.of(counts())).containsExactly(counts);
    }
}
