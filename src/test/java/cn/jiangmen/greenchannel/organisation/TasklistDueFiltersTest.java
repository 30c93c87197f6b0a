package cn.jiangmen.greenchannel.organisation;

import static cn.jiangmen.greenchannel.support.LeadSamples.lead;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.calendar.WorkingDays;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 即将到期 and 已逾期: a county user's open tasks by due date, per person and per group. */
@IntegrationTest
@SpringBootTest
class TasklistDueFiltersTest {

    private static final long MINUTE = 60_000L;

    @Autowired FilterService filterService;
    @Autowired IdentityService identityService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired WorkingDays workingDays;

    @AfterEach
    void clear() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void the_filters_exist_for_everyone_in_tasklist_order() {
        List<Filter> filters = filterService.createFilterQuery().list();
        assertThat(filters).extracting(Filter::getName).contains(TasklistFilters.MY_TASKS, TasklistFilters.GROUP_TASKS,
                TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE);
        assertThat(priority(TasklistFilters.GROUP_TASKS)).isLessThan(priority(TasklistFilters.DUE_SOON));
        assertThat(priority(TasklistFilters.DUE_SOON)).isLessThan(priority(TasklistFilters.OVERDUE));
    }

    @Test
    void due_soon_and_overdue_split_a_countys_open_tasks_by_their_due_date() {
        Task soon = acknowledgeTask("pengjiang");
        Task overdue = acknowledgeTask("pengjiang");
        Task later = acknowledgeTask("pengjiang");
        Task mineAlone = acknowledgeTask("pengjiang");
        // due before the end of the 2nd working day from today, 10 minutes ago, after the 3rd working day
        taskService.setDueDate(soon.getId(), new Date(workingDays.dueAfter(2).getTime() - MINUTE));
        taskService.setDueDate(overdue.getId(), new Date(ClockUtil.getCurrentTime().getTime() - 10 * MINUTE));
        taskService.setDueDate(later.getId(), workingDays.dueAfter(3));
        // assigned to the user and no longer offered to the group: still the user's
        taskService.setDueDate(mineAlone.getId(), new Date(ClockUtil.getCurrentTime().getTime() + 30 * MINUTE));
        taskService.setAssignee(mineAlone.getId(), "pengjiang01");
        taskService.deleteCandidateGroup(mineAlone.getId(), "county-pengjiang");

        identityService.setAuthentication("pengjiang01", List.of("county-pengjiang"));
        assertThat(ids(TasklistFilters.DUE_SOON)).contains(soon.getId(), mineAlone.getId())
                .doesNotContain(overdue.getId(), later.getId());
        assertThat(ids(TasklistFilters.OVERDUE)).contains(overdue.getId())
                .doesNotContain(soon.getId(), later.getId(), mineAlone.getId());

        identityService.setAuthentication("jianghai01", List.of("county-jianghai"));
        assertThat(ids(TasklistFilters.DUE_SOON)).doesNotContain(soon.getId(), mineAlone.getId());
        assertThat(ids(TasklistFilters.OVERDUE)).doesNotContain(overdue.getId());
    }

    @Test
    void a_task_moves_from_due_soon_to_overdue_when_the_clock_passes_its_due_date() {
        Task task = acknowledgeTask("pengjiang");
        Date due = new Date(ClockUtil.getCurrentTime().getTime() + 60 * MINUTE);
        taskService.setDueDate(task.getId(), due);
        identityService.setAuthentication("pengjiang02", List.of("county-pengjiang"));
        assertThat(ids(TasklistFilters.DUE_SOON)).contains(task.getId());
        assertThat(ids(TasklistFilters.OVERDUE)).doesNotContain(task.getId());

        ClockUtil.setCurrentTime(new Date(due.getTime() + MINUTE));
        assertThat(ids(TasklistFilters.DUE_SOON)).doesNotContain(task.getId());
        assertThat(ids(TasklistFilters.OVERDUE)).contains(task.getId());
    }

    private Task acknowledgeTask(String county) {
        cn.jiangmen.greenchannel.support.ProjectSetup.login(identityService, county + "01");
        String pi = runtimeService.startProcessInstanceByKey(LifecycleProcess.KEY, lead(county, 20000)).getId();
        identityService.clearAuthentication();
        return taskService.createTaskQuery().processInstanceId(pi)
                .taskDefinitionKey(LifecycleProcess.Element.ACKNOWLEDGE_LEAD).singleResult();
    }

    private List<String> ids(String filterName) {
        Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
        List<Task> tasks = filterService.listPage(filter.getId(), 0, 500);
        return tasks.stream().map(Task::getId).toList();
    }

    private int priority(String filterName) {
        Map<String, Object> properties = filterService.createFilterQuery().filterName(filterName).singleResult()
                .getProperties();
        return ((Number) properties.get("priority")).intValue();
    }
}
