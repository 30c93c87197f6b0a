package cn.jiangmen.greenchannel.administration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessApplicationDeployment;
import org.camunda.bpm.engine.repository.ProcessApplicationDeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.spring.boot.starter.SpringBootProcessApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * docs/administration.md, "Which copy wins": what happens when the application starts again after
 * an administrator deployed a changed model from Camunda Modeler. The process application deploys
 * {@code bpmn/} and {@code forms/} as deployment "green-channel" with duplicate filtering and
 * {@code isDeployChangedOnly=false} (Camunda's DeployProcessArchiveStep): it compares its resources
 * with its own last "green-channel" deployment only. Unchanged → nothing is deployed and the
 * Modeler version stays the latest. Any one resource changed → all of them are deployed again, and
 * the application's copy of every model becomes the latest, superseding the Modeler version.
 * The test deploys exactly as that step does, with this application's reference.
 */
@IntegrationTest
@SpringBootTest
class ApplicationRedeployTest {

    @Autowired RepositoryService repositoryService;
    @Autowired SpringBootProcessApplication processApplication;

    private ModelChanges changes;

    @BeforeEach
    void setUp() {
        changes = new ModelChanges(repositoryService);
    }

    @AfterEach
    void cleanUp() {
        changes.close();
    }

    @Test
    void an_unchanged_application_leaves_the_modeler_version_latest_and_a_changed_release_supersedes_it() {
        ProcessDefinition shipped = latestLifecycle();
        Deployment applicationDeployment = repositoryService.createDeploymentQuery()
                .deploymentId(shipped.getDeploymentId()).singleResult();
        assertThat(applicationDeployment.getName()).isEqualTo("green-channel");
        assertThat(applicationDeployment.getSource()).isEqualTo(ProcessApplicationDeployment.PROCESS_APPLICATION_DEPLOYMENT_SOURCE);
        Map<String, byte[]> applicationResources = resourcesOf(applicationDeployment);
        assertThat(applicationResources).containsKeys(LifecycleProcess.RESOURCE, "bpmn/project-tier.dmn",
                "forms/negotiate.form");

        // 1. the administrator deploys a changed lifecycle from Modeler
        Deployment modeler = changes.deployChangedProcess(LifecycleProcess.RESOURCE,
                xml -> xml.replaceFirst("(<bpmn:process id=\"project-lifecycle\"[^>]*camunda:versionTag=\")[^\"]*\"",
                        "$1modeler-change\""), "project-lifecycle (Camunda Modeler)");
        ProcessDefinition fromModeler = latestLifecycle();
        assertThat(fromModeler.getDeploymentId()).isEqualTo(modeler.getId());

        // 2. the application starts again with the same bpmn/ and forms/: nothing is deployed
        long deployments = repositoryService.createDeploymentQuery().count();
        ProcessApplicationDeployment restart = deployAsTheApplication(applicationResources);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(restart.getId()).as("the engine hands back the application's existing deployment")
                .isEqualTo(applicationDeployment.getId());
        assertThat(latestLifecycle().getId()).as("the Modeler version stays the latest").isEqualTo(fromModeler.getId());

        // 3. a release changes one resource (a form): every resource is deployed again
        Map<String, byte[]> release = new LinkedHashMap<>(applicationResources);
        release.put("forms/negotiate.form", new String(release.get("forms/negotiate.form"), StandardCharsets.UTF_8)
                .replace("请记录项目洽谈结果", "请如实记录项目洽谈结果").getBytes(StandardCharsets.UTF_8));
        java.util.List<String> existing = repositoryService.createDeploymentQuery().list().stream()
                .map(Deployment::getId).toList();
        ProcessApplicationDeployment released = deployAsTheApplication(release);
        changes.track(released, existing);
        assertThat(repositoryService.getDeploymentResourceNames(released.getId()))
                .containsExactlyInAnyOrderElementsOf(applicationResources.keySet());
        ProcessDefinition latest = latestLifecycle();
        assertThat(latest.getDeploymentId()).isEqualTo(released.getId());
        assertThat(latest.getVersion()).isEqualTo(fromModeler.getVersion() + 1);
        assertThat(latest.getVersionTag()).as("the application's copy, not the Modeler change")
                .isEqualTo(shipped.getVersionTag());
    }

    /** As Camunda's DeployProcessArchiveStep deploys processes.xml's archive (without resuming). */
    private ProcessApplicationDeployment deployAsTheApplication(Map<String, byte[]> resources) {
        ProcessApplicationDeploymentBuilder builder = repositoryService
                .createDeployment(processApplication.getReference())
                .name("green-channel")
                .enableDuplicateFiltering(false);  // false = isDeployChangedOnly: all or nothing
        resources.forEach((name, bytes) -> builder.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
        return builder.deploy();
    }

    private Map<String, byte[]> resourcesOf(Deployment deployment) {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (String name : repositoryService.getDeploymentResourceNames(deployment.getId())) {
            try (InputStream in = repositoryService.getResourceAsStream(deployment.getId(), name)) {
                resources.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException(name, e);
            }
        }
        return resources;
    }

    private ProcessDefinition latestLifecycle() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(LifecycleProcess.KEY)
                .latestVersion().singleResult();
    }
}
