package cn.jiangmen.greenchannel.administration;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.LEAD_OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.EngineRestClient;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.LeadSamples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The command-line path of docs/administration.md, over HTTP exactly as the curl commands there:
 * deploy a changed lifecycle with its forms to {@code /engine-rest/deployment/create} (HTTP Basic,
 * administrator), generate and execute a migration plan with {@code /engine-rest/migration/*},
 * complete the migrated task on the new version, delete the deployment again.
 */
@IntegrationTest
// The REST API and its authentication filter address the engine named "default", as in production.
// One engine may be named "default" per JVM (the REST API and webapps address it): close this
// context after the class so the next web test does not meet a stale "default" engine.
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class RestModelDeploymentTest {

    private static final String PASSWORD = "Demo@2026jm";
    private static final String VERSION_TAG = "2.1-rest-test";

    @Autowired TestRestTemplate rest;

    private String deploymentId;

    @AfterEach
    void deleteDeployment() {
        if (deploymentId != null) {
            ResponseEntity<String> deleted = rest.exchange("/engine-rest/deployment/" + deploymentId + "?cascade=true",
                    HttpMethod.DELETE, new HttpEntity<>(adminHeaders(MediaType.APPLICATION_JSON)), String.class);
            assertThat(deleted.getStatusCode().value()).isEqualTo(204);
        }
    }

    @Test
    void an_administrator_deploys_version_2_with_its_forms_and_migrates_a_running_project_over_rest() {
        EngineRestClient county = new EngineRestClient(rest, "pengjiang01", PASSWORD);
        EngineRestClient admin = new EngineRestClient(rest, "admin", PASSWORD);
        ResponseEntity<Map<String, Object>> started = county.post("/process-definition/key/" + LifecycleProcess.KEY
                + "/start", Map.of("variables", EngineRestClient.typed(LeadSamples.lead("pengjiang", 20000))));
        assertThat(started.getStatusCode().value()).isEqualTo(200);
        String pi = (String) started.getBody().get("id");
        String v1 = (String) started.getBody().get("definitionId");

        // curl -u admin:… -F deployment-name=… -F deployment-source=… -F "bpmn=@…;filename=bpmn/…" …
        String bpmn = ModelChanges.resource(LifecycleProcess.RESOURCE).replaceFirst(
                "(<bpmn:process id=\"project-lifecycle\"[^>]*camunda:versionTag=\")[^\"]*\"", "$1" + VERSION_TAG + "\"");
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "project-lifecycle " + VERSION_TAG);
        form.add("deployment-source", "command line");
        form.add("bpmn", file("bpmn", LifecycleProcess.RESOURCE, bpmn));
        List<String> forms = ModelChanges.formsOf(bpmn);
        for (int i = 0; i < forms.size(); i++) {
            form.add("form" + i, file("form" + i, forms.get(i), ModelChanges.resource(forms.get(i))));
        }
        ResponseEntity<Map<String, Object>> created = rest.exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(form, adminHeaders(MediaType.MULTIPART_FORM_DATA)),
                new ParameterizedTypeReference<>() { });
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(200);
        deploymentId = (String) created.getBody().get("id");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> definitions =
                (Map<String, Map<String, Object>>) created.getBody().get("deployedProcessDefinitions");
        assertThat(definitions).as(String.valueOf(created.getBody())).hasSize(1);
        Map<String, Object> v2 = definitions.values().iterator().next();
        assertThat(v2).containsEntry("key", LifecycleProcess.KEY).containsEntry("versionTag", VERSION_TAG);
        ResponseEntity<List<Map<String, Object>>> resources = admin.getList("/deployment/" + deploymentId + "/resources");
        assertThat(resources.getStatusCode().value()).isEqualTo(200);
        assertThat(resources.getBody())
                .extracting(r -> r.get("name")).contains(LifecycleProcess.RESOURCE, "forms/negotiate.form")
                .hasSize(forms.size() + 1);

        // curl … /engine-rest/migration/generate, then /engine-rest/migration/execute
        ResponseEntity<Map<String, Object>> plan = admin.post("/migration/generate", Map.of(
                "sourceProcessDefinitionId", v1, "targetProcessDefinitionId", v2.get("id"),
                "updateEventTriggers", false));
        assertThat(plan.getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> migrated = admin.postForText("/migration/execute", Map.of(
                "migrationPlan", plan.getBody(), "processInstanceIds", List.of(pi), "skipCustomListeners", false));
        assertThat(migrated.getStatusCode().value()).as(migrated.getBody()).isEqualTo(204);
        assertThat(admin.getMap("/process-instance/" + pi).getBody()).containsEntry("definitionId", v2.get("id"));

        // the county completes its open task on version 2, with the form of version 2's deployment
        Map<String, Object> task = county.task(pi, Element.ACKNOWLEDGE_LEAD);
        assertThat(task).containsEntry("processDefinitionId", v2.get("id"));
        assertThat(county.getText("/task/" + task.get("id") + "/deployed-form").getStatusCode().value()).isEqualTo(200);
        assertThat(county.complete((String) task.get("id"), Map.of(LEAD_OWNER, "pengjiang01")).getStatusCode().value())
                .isEqualTo(204);
        assertThat(county.task(pi, Element.JUDGE_LEAD)).containsEntry("processDefinitionId", v2.get("id"));
    }

    /** One multipart file: every part needs its own name (the engine keeps one resource per part name). */
    private static HttpEntity<ByteArrayResource> file(String partName, String resourceName, String content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDispositionFormData(partName, resourceName);
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return new HttpEntity<>(new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return resourceName;
            }
        }, headers);
    }

    private static HttpHeaders adminHeaders(MediaType contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("admin", PASSWORD);
        headers.setContentType(contentType);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }
}
