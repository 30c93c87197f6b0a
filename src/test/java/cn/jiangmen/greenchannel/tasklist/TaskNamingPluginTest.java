package cn.jiangmen.greenchannel.tasklist;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.PROJECT_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.approval.StageProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.LeadSamples;
import cn.jiangmen.greenchannel.support.LifecycleDriver;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Task names carry the project name, in the lifecycle and in the stages it calls. */
@IntegrationTest
@SpringBootTest
class TaskNamingPluginTest {

    @Autowired ProcessEngine engine;
    @Autowired FilterService filterService;
    @Autowired IdentityService identityService;

    @AfterEach
    void clear() {
        identityService.clearAuthentication();
    }

    @Test
    void the_county_sees_the_project_name_in_its_task_list() {
        LifecycleDriver driver = new LifecycleDriver(engine);
        Map<String, Object> lead = LeadSamples.lead("pengjiang", 20000);
        lead.put(PROJECT_NAME, "鹤山某精密制造扩产项目");
        ProcessInstance pi = driver.start(lead);

        Task task = driver.task(pi, Element.ACKNOWLEDGE_LEAD);
        assertThat(task.getName()).isEqualTo("线索确认｜鹤山某精密制造扩产项目");

        identityService.setAuthentication("pengjiang01", List.of("county-pengjiang"));
        Filter groupTasks = filterService.createFilterQuery().filterName("本部门待办").singleResult();
        List<Task> listed = filterService.listPage(groupTasks.getId(), 0, 500);
        assertThat(listed).filteredOn(t -> t.getProcessInstanceId().equals(pi.getId()))
                .extracting(Task::getName).containsExactly("线索确认｜鹤山某精密制造扩产项目");
        assertThat(engine.getTaskService().createTaskQuery().taskNameLike("%鹤山某精密制造扩产项目%").count())
                .isEqualTo(1);
    }

    @Test
    void a_task_created_again_and_a_task_of_a_called_stage_carry_it_once() {
        LifecycleDriver driver = new LifecycleDriver(engine);
        ProcessInstance pi = driver.signed("jianghai", 30000, "jianghai02");
        String projectName = (String) engine.getRuntimeService().getVariable(pi.getId(), PROJECT_NAME);
        driver.complete(pi, Element.REGISTER_COMPANY, LeadSamples.company());

        Task stageTask = driver.task(pi, StageProcess.Element.CONFIRM_ITEMS);
        assertThat(stageTask.getProcessInstanceId()).isNotEqualTo(pi.getId());
        assertThat(stageTask.getName()).endsWith("｜" + projectName).containsOnlyOnce(projectName);

        // returned and revised: the stage's tasks are created anew, named once
        driver.complete(pi, StageProcess.Element.CONFIRM_ITEMS, LeadSamples.of("confirmedItems", "FILING"));
        driver.runProjectJobs(pi);
        driver.complete(pi, "UserTask_SubmitApplication", LeadSamples.of("missingMaterials", ""));
        driver.complete(pi, "UserTask_AcceptanceCheck", LeadSamples.of("acceptanceResult", "ACCEPT"));
        driver.complete(pi, "UserTask_ReviewItem", LeadSamples.of("itemDecision", "REJECT",
                "itemDecisionReason", "用地规划材料不全"));
        driver.runProjectJobs(pi);
        Task revise = driver.task(pi, Element.reviseStage(1));
        assertThat(revise.getName()).endsWith("｜" + projectName).containsOnlyOnce(projectName);
        driver.complete(pi, Element.reviseStage(1), LeadSamples.of("revisionNote", "已补齐用地规划材料"));
        assertThat(driver.task(pi, StageProcess.Element.CONFIRM_ITEMS).getName())
                .endsWith("｜" + projectName).containsOnlyOnce(projectName);
    }

    @Test
    void the_name_rule() {
        assertThat(TaskNamingPlugin.nameWithProject("项目洽谈", "新能源电池材料生产基地")).isEqualTo("项目洽谈｜新能源电池材料生产基地");
        assertThat(TaskNamingPlugin.nameWithProject("项目洽谈", null)).isEqualTo("项目洽谈");
        assertThat(TaskNamingPlugin.nameWithProject("项目洽谈", "  ")).isEqualTo("项目洽谈");
        assertThat(TaskNamingPlugin.nameWithProject(null, "某项目")).isEqualTo("某项目");
        assertThat(TaskNamingPlugin.nameWithProject("项目洽谈｜某项目", "某项目")).isEqualTo("项目洽谈｜某项目");
        assertThat(TaskNamingPlugin.nameWithProject("任务", "长".repeat(300))).hasSize(TaskNamingPlugin.MAX_NAME_LENGTH);
    }
}
