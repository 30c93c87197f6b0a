package cn.jiangmen.greenchannel.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.support.IntegrationTest;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every deployed process's user tasks and start events name a form that was deployed with it, so
 * Tasklist never fails with "No Camunda Form Definition was found" when a person opens a task.
 */
@IntegrationTest
@SpringBootTest
class ModelWiringTest {

    @Autowired RepositoryService repositoryService;
    @Autowired org.camunda.bpm.engine.FormService formService;

    @Test
    void the_lifecycle_start_form_is_what_tasklist_gets() throws Exception {
        ProcessDefinition lifecycle = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(LifecycleProcess.KEY).latestVersion().singleResult();
        try (java.io.InputStream form = formService.getDeployedStartForm(lifecycle.getId())) {
            assertThat(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"id\": \"register-lead\"");
        }
    }

    @Test
    void every_user_task_and_start_form_is_deployed_with_its_process() {
        List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery().latestVersion().list();
        assertThat(definitions).extracting(ProcessDefinition::getKey).contains(LifecycleProcess.KEY);
        for (ProcessDefinition definition : definitions) {
            List<String> deployedResources = repositoryService.getDeploymentResourceNames(definition.getDeploymentId());
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            Collection<UserTask> tasks = model.getModelElementsByType(UserTask.class);
            assertThat(tasks).as(definition.getKey() + " has user tasks").isNotEmpty();
            for (UserTask task : tasks) {
                assertFormDeployed(definition, deployedResources, task.getId(), task.getCamundaFormRef(),
                        task.getCamundaFormRefBinding(), task.getCamundaCandidateGroups(), task.getCamundaAssignee());
            }
            // a process people start from Tasklist needs a start form; called-only ones are hidden there
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process process
                        && process.isCamundaStartableInTasklist()) {
                    assertFormDeployed(definition, deployedResources, start.getId(), start.getCamundaFormRef(),
                            start.getCamundaFormRefBinding(), "n/a", null);
                }
            }
        }
    }

    private void assertFormDeployed(ProcessDefinition definition, List<String> resources, String elementId,
            String formRef, String binding, String candidateGroups, String assignee) {
        String where = definition.getKey() + "/" + elementId;
        assertThat(formRef).as(where + " names a Camunda Form").isNotBlank();
        assertThat(binding).as(where + " binds its form to the deployment").isEqualTo("deployment");
        assertThat(resources).as(where + " form deployed").contains("forms/" + formRef + ".form");
        assertThat(candidateGroups).as(where + " has candidate groups").isNotBlank();
        assertThat(assignee).as(where + " never hard-codes an assignee").isNull();
    }

    @Test
    void every_decision_is_deployed_with_a_history_time_to_live() {
        List<DecisionDefinition> decisions = repositoryService.createDecisionDefinitionQuery().latestVersion().list();
        assertThat(decisions).extracting(DecisionDefinition::getKey)
                .contains(LifecycleProcess.TIER_DECISION, LifecycleProcess.LEAD_DEADLINES_DECISION);
        assertThat(decisions).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isNotNull());
    }
}
