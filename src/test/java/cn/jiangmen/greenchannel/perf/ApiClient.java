package cn.jiangmen.greenchannel.perf;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/** {@link EngineClient} over the engine's Java API, each call as the given user with his groups. */
public class ApiClient implements EngineClient {

    private final ProcessEngine engine;
    private final Map<String, List<String>> groups;

    public ApiClient(ProcessEngine engine, Map<String, List<String>> groupsByUser) {
        this.engine = engine;
        this.groups = groupsByUser;
    }

    private <T> T as(String user, Supplier<T> call) {
        engine.getIdentityService().setAuthentication(user, groups.getOrDefault(user, List.of()));
        try {
            return call.get();
        } catch (OptimisticLockingException e) {
            throw new OptimisticLockingConflict(e.getMessage());
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Override
    public Started start(String user, String processKey, String businessKey, Map<String, Object> variables) {
        return as(user, () -> {
            ProcessInstance pi = businessKey == null
                    ? engine.getRuntimeService().startProcessInstanceByKey(processKey, variables)
                    : engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey, variables);
            String key = pi.getBusinessKey();
            if (key == null) {
                key = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId())
                        .singleResult().getBusinessKey();
            }
            return new Started(pi.getId(), key);
        });
    }

    @Override
    public String findTask(String businessKey, String taskKey, String user) {
        return as(user, () -> {
            List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey(taskKey).taskCandidateUser(user).includeAssignedTasks().listPage(0, 5);
            if (tasks.size() > 1) {
                throw new IllegalStateException(businessKey + ": " + tasks.size() + " open tasks at " + taskKey);
            }
            return tasks.isEmpty() ? null : tasks.get(0).getId();
        });
    }

    @Override
    public void complete(String taskId, String user, Map<String, Object> variables) {
        as(user, () -> {
            engine.getTaskService().complete(taskId, variables);
            return null;
        });
    }

    @Override
    public String findTimer(String processInstanceId, String activityId) {
        List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
                .activityId(activityId).timers().listPage(0, 5);
        return jobs.isEmpty() ? null : jobs.get(0).getId();
    }

    @Override
    public List<OpenTask> openTasks(String businessKey) {
        List<OpenTask> out = new java.util.ArrayList<>();
        for (Task t : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).listPage(0, 50)) {
            List<String> users = new java.util.ArrayList<>();
            List<String> groups = new java.util.ArrayList<>();
            for (IdentityLink l : engine.getTaskService().getIdentityLinksForTask(t.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(l.getType())) {
                    if (l.getUserId() != null) {
                        users.add(l.getUserId());
                    } else if (l.getGroupId() != null) {
                        groups.add(l.getGroupId());
                    }
                }
            }
            out.add(new OpenTask(t.getId(), t.getTaskDefinitionKey(), users, groups));
        }
        return out;
    }

    @Override
    public long finishedInstances(String processKey, String businessKey) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).finished().count();
    }

    @Override
    public void makeDue(String jobId) {
        try {
            engine.getManagementService().setJobDuedate(jobId, new Date(System.currentTimeMillis() - 60_000));
        } catch (OptimisticLockingException e) {
            throw new OptimisticLockingConflict(e.getMessage());
        }
    }
}
