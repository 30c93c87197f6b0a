package cn.jiangmen.greenchannel.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls /engine-rest as an outside client does: HTTP Basic, JSON variables with explicit types. */
public class EngineRestClient {

    private final TestRestTemplate rest;
    private final String user;
    private final String password;

    public EngineRestClient(TestRestTemplate rest, String user, String password) {
        this.rest = rest;
        this.user = user;
        this.password = password;
    }

    public ResponseEntity<Map<String, Object>> post(String path, Object body) {
        return rest.exchange("/engine-rest" + path, HttpMethod.POST, new HttpEntity<>(body, headers()),
                new ParameterizedTypeReference<>() { });
    }

    public ResponseEntity<String> postForText(String path, Object body) {
        return rest.exchange("/engine-rest" + path, HttpMethod.POST, new HttpEntity<>(body, headers()), String.class);
    }

    public ResponseEntity<List<Map<String, Object>>> getList(String path) {
        return rest.exchange("/engine-rest" + path, HttpMethod.GET, new HttpEntity<>(headers()),
                new ParameterizedTypeReference<>() { });
    }

    public String user() {
        return user;
    }

    public ResponseEntity<Map<String, Object>> getMap(String path) {
        return rest.exchange("/engine-rest" + path, HttpMethod.GET, new HttpEntity<>(headers()),
                new ParameterizedTypeReference<>() { });
    }

    /** The open task of a project (any of its instances, e.g. a called stage) at the given element. */
    public Map<String, Object> taskOfProject(String projectCode, String taskKey) {
        ResponseEntity<List<Map<String, Object>>> tasks = getList("/task?processInstanceBusinessKey=" + projectCode
                + "&taskDefinitionKey=" + taskKey + "&maxResults=5&firstResult=0");
        assertThat(tasks.getStatusCode().value()).isEqualTo(200);
        assertThat(tasks.getBody()).as("task " + taskKey + " of " + projectCode).hasSize(1);
        return tasks.getBody().get(0);
    }

    public ResponseEntity<String> getText(String path) {
        return rest.exchange("/engine-rest" + path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
    }

    /** The open task of a process instance at the given element, as this user sees it. */
    public Map<String, Object> task(String processInstanceId, String taskKey) {
        ResponseEntity<List<Map<String, Object>>> tasks = getList("/task?processInstanceId=" + processInstanceId
                + "&taskDefinitionKey=" + taskKey + "&maxResults=5&firstResult=0");
        assertThat(tasks.getStatusCode().value()).isEqualTo(200);
        assertThat(tasks.getBody()).as("task " + taskKey).hasSize(1);
        return tasks.getBody().get(0);
    }

    public ResponseEntity<String> complete(String taskId, Map<String, Object> variables) {
        return postForText("/task/" + taskId + "/complete", Map.of("variables", typed(variables)));
    }

    /** Engine REST variable JSON: {"name": {"value": v, "type": T}}. */
    public static Map<String, Object> typed(Map<String, Object> variables) {
        Map<String, Object> out = new LinkedHashMap<>();
        variables.forEach((k, v) -> {
            String type = v instanceof Boolean ? "Boolean"
                    : v instanceof Integer ? "Integer"
                    : v instanceof Long ? "Long"
                    : v instanceof Double ? "Double"
                    : "String";
            out.put(k, Map.of("value", v, "type", type));
        });
        return out;
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, password);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
        return headers;
    }
}
