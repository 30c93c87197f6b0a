package cn.jiangmen.greenchannel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The embedded demo starts with projects at every stage, in the right groups' Tasklist. */
@ActiveProfiles("test")
@SpringBootTest(properties = {
        "greenchannel.demo.sample-projects=true",
        // its own empty database: the samples load only into an empty project table
        "spring.datasource.url=jdbc:h2:mem:demo-projects;DB_CLOSE_DELAY=-1"})
class DemoProjectsTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService taskService;

    @Test
    void a_dozen_projects_stand_at_every_stage_of_the_loop() {
        List<String> statuses = jdbc.queryForList("SELECT status FROM greenchannel.project", String.class);
        assertThat(statuses).hasSize(DemoProjects.SAMPLES.size()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(statuses).contains("LEAD", "NEGOTIATING", "REVIEWING", "SIGNED", "REGISTERED", "LAND_SUPPLIED",
                "UNDER_CONSTRUCTION", "COMPLETED", "IN_PRODUCTION");
        assertThat(jdbc.queryForList("SELECT DISTINCT owner_county FROM greenchannel.project", String.class))
                .hasSize(7);
        assertThat(jdbc.queryForList("SELECT DISTINCT tier FROM greenchannel.project", String.class))
                .containsExactlyInAnyOrder("MAJOR", "LEDGER", "GENERAL");
    }

    @Test
    void some_work_is_overdue_and_each_task_is_offered_to_its_county_or_department() {
        List<Task> overdue = taskService.createTaskQuery().dueBefore(new Date()).list();
        assertThat(overdue).hasSizeGreaterThanOrEqualTo(3);
        assertThat(taskService.createTaskQuery().taskCandidateGroup("county-taishan").list())
                .extracting(Task::getTaskDefinitionKey).contains("UserTask_AcknowledgeLead");
        assertThat(taskService.createTaskQuery().taskCandidateGroup("dept-natural-resources").list())
                .extracting(Task::getTaskDefinitionKey).contains("UserTask_ConfirmItems");
        assertThat(taskService.createTaskQuery().taskCandidateGroup("dept-market-regulation").list())
                .extracting(Task::getTaskDefinitionKey).contains("UserTask_RegisterCompany");
    }
}
