package cn.jiangmen.greenchannel.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * What an administrator does from Camunda Modeler or with curl, done through the Java API: deploy
 * a changed copy of a model from {@code bpmn/} (with the forms it binds to), remember the
 * deployment, and delete it (cascade) afterwards so the rest of the suite sees the original models.
 */
final class ModelChanges implements AutoCloseable {

    private final RepositoryService repositoryService;
    private final List<String> deploymentIds = new ArrayList<>();

    ModelChanges(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** The text of a resource the application packages ({@code bpmn/...}, {@code forms/...}). */
    static String resource(String name) {
        try (InputStream in = ModelChanges.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }

    /** The form resources ({@code forms/<formRef>.form}) a BPMN's user tasks and start event bind to. */
    static List<String> formsOf(String bpmnXml) {
        BpmnModelInstance model = Bpmn.readModelFromStream(
                new java.io.ByteArrayInputStream(bpmnXml.getBytes(StandardCharsets.UTF_8)));
        java.util.Set<String> forms = new java.util.TreeSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaFormRef() != null) {
                forms.add("forms/" + task.getCamundaFormRef() + ".form");
            }
        }
        for (org.camunda.bpm.model.bpmn.instance.StartEvent start
                : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class)) {
            if (start.getCamundaFormRef() != null) {
                forms.add("forms/" + start.getCamundaFormRef() + ".form");
            }
        }
        return new ArrayList<>(forms);
    }

    /**
     * Deploys {@code bpmn/<file>} changed by {@code edit}, together with every form it binds to
     * (formRefBinding="deployment": the forms must be in the same deployment), as Modeler's
     * "Deploy" with the forms attached or {@code curl .../deployment/create} would.
     */
    Deployment deployChangedProcess(String bpmnResource, UnaryOperator<String> edit, String deploymentName) {
        String xml = edit.apply(resource(bpmnResource));
        Map<String, String> resources = new LinkedHashMap<>();
        resources.put(bpmnResource, xml);
        for (String form : formsOf(xml)) {
            resources.put(form, resource(form));
        }
        return deploy(deploymentName, resources);
    }

    /** Deploys one changed table alone (decisions are called with binding "latest"). */
    Deployment deployChangedDecision(String dmnResource, UnaryOperator<String> edit, String deploymentName) {
        return deploy(deploymentName, Map.of(dmnResource, edit.apply(resource(dmnResource))));
    }

    Deployment deploy(String deploymentName, Map<String, String> resources) {
        DeploymentBuilder builder = repositoryService.createDeployment().name(deploymentName).source("Camunda Modeler");
        resources.forEach((name, text) -> builder.addString(name, text));
        Deployment deployment = builder.deployWithResult();
        deploymentIds.add(deployment.getId());
        return deployment;
    }

    /**
     * A deployment made elsewhere in the test that this object should delete too. Never one that
     * existed before the test: a duplicate-filtered deployment hands back the existing one.
     */
    void track(Deployment deployment, java.util.Collection<String> existingBefore) {
        assertThat(existingBefore).as("deployment " + deployment.getId() + " existed before the test")
                .doesNotContain(deployment.getId());
        if (!deploymentIds.contains(deployment.getId())) {
            deploymentIds.add(deployment.getId());
        }
    }

    /** Replaces exactly one occurrence, so an edit that no longer matches the model fails loudly. */
    static UnaryOperator<String> replaceOnce(String from, String to) {
        return xml -> {
            int first = xml.indexOf(from);
            assertThat(first).as("'" + from + "' in the model").isGreaterThanOrEqualTo(0);
            assertThat(xml.indexOf(from, first + 1)).as("'" + from + "' only once in the model").isNegative();
            return xml.replace(from, to);
        };
    }

    @Override
    public void close() {
        // newest first; cascade: instances, jobs, history and decision history of these versions go too
        for (int i = deploymentIds.size() - 1; i >= 0; i--) {
            String id = deploymentIds.get(i);
            if (repositoryService.createDeploymentQuery().deploymentId(id).count() > 0) {
                repositoryService.deleteDeployment(id, true, true);
            }
        }
        deploymentIds.clear();
    }
}
