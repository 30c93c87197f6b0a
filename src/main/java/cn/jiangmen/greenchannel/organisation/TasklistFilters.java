package cn.jiangmen.greenchannel.organisation;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Shared Tasklist filters, created once at start-up: a person's own tasks and their groups' open
 * tasks, sorted by due date. They replace Camunda's "all tasks" filter, so a county user's list
 * shows what is offered to the county, not every county's work.
 */
@Component
public class TasklistFilters {

    static final String MY_TASKS = "我的待办";
    static final String GROUP_TASKS = "本部门待办";
    static final String DUE_SOON = "即将到期";
    static final String OVERDUE = "已逾期";

    private final FilterService filterService;
    private final TaskService taskService;

    public TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @EventListener
    @Order(20)
    public void onEngineReady(PostDeployEvent event) {
        ensure(MY_TASKS, -10, "分配给我本人的任务",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        ensure(GROUP_TASKS, -5, "本部门（本单位）可认领或已认领的任务",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc());
        // Mine or my groups' (as candidate or assignee), by due date: open tasks that fall due before
        // the end of the second working day from today (China's calendar), and those already past due.
        ensure(DUE_SOON, 0, "本人或本部门的任务中，两个工作日内到期的",
                mineOrMyGroups().dueAfterExpression("${now()}")
                        .dueBeforeExpression("${workingDays.dueAfter(2)}").orderByDueDate().asc());
        ensure(OVERDUE, 5, "本人或本部门的任务中，已超过到期时间仍未办结的",
                mineOrMyGroups().dueBeforeExpression("${now()}").orderByDueDate().asc());
    }

    private TaskQuery mineOrMyGroups() {
        return taskService.createTaskQuery().or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateUserExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .endOr();
    }

    private void ensure(String name, int priority, String description, TaskQuery query) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name);
        filter.setQuery(query);
        filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
        filterService.saveFilter(filter);
    }
}
