package cn.jiangmen.greenchannel.organisation;

import cn.jiangmen.greenchannel.audit.AuditLog;
import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.project.Project;
import cn.jiangmen.greenchannel.project.ProjectRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Per-project access (docs/security.md, ADR 0008): application-level grants cannot say "own county
 * only", so every instance of a project carries its own grants, made in the engine's transaction:
 * <ul>
 *   <li>the owner county's group reads the project's process instances, their history and every
 *       task of them (it works only those offered to it);</li>
 *   <li>each candidate group of a user task reads that task's process instances (and those above it)
 *       and their history, and keeps that read access once the task is done ("has or had a task").</li>
 * </ul>
 * The owner county comes from the project record ({@code greenchannel.project.owner_county}) found
 * by the business key of the instance or of its super instances, never from a submitted variable.
 * Listener methods run inside an engine command ({@link ProjectAccessParseListener}).
 */
@Component
public class ProjectGrants {

    private static final Permission[] INSTANCE_READ = {ProcessInstancePermissions.READ};
    private static final Permission[] HISTORY_READ = {HistoricProcessInstancePermissions.READ};

    private final ProjectRepository projects;
    private final AuditLog audit;
    private final ObjectProvider<ProcessEngineConfigurationImpl> engineConfiguration;

    public ProjectGrants(ProjectRepository projects, AuditLog audit,
            ObjectProvider<ProcessEngineConfigurationImpl> engineConfiguration) {
        this.projects = projects;
        this.audit = audit;
        this.engineConfiguration = engineConfiguration;
    }

    // ---- inside the engine's command (task listeners) -------------------------------------------

    /** On user-task create/update: the owner county and the task's candidate groups may read. */
    public void grantForTask(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        if (execution == null) {
            return; // a standalone task belongs to no project
        }
        List<String> instanceIds = instanceChain(execution);
        Set<String> readers = new LinkedHashSet<>();
        Set<String> candidateGroups = new LinkedHashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
                candidateGroups.add(link.getGroupId());
            }
        }
        readers.addAll(candidateGroups);
        Optional<String> owner = projectCode(execution).flatMap(projects::find).map(Project::ownerCounty)
                .map(OrganisationGroups::countyGroup);
        owner.ifPresent(readers::add);
        for (String group : readers) {
            for (String instanceId : instanceIds) {
                ensureGroupGrant(group, Resources.PROCESS_INSTANCE, instanceId, INSTANCE_READ);
                ensureGroupGrant(group, Resources.HISTORIC_PROCESS_INSTANCE, instanceId, HISTORY_READ);
            }
        }
        // The owner county sees every task of its project (a department's opinion in progress
        // included); candidates already got READ + TASK_WORK from the engine.
        owner.filter(group -> !candidateGroups.contains(group))
                .ifPresent(group -> ensureGroupGrant(group, Resources.TASK, task.getId(), TaskPermissions.READ));
    }

    /** The business key of the instance or, for a sub-process started without one, of its caller. */
    public static Optional<String> projectCode(ExecutionEntity execution) {
        ExecutionEntity instance = execution.getProcessInstance();
        while (instance != null) {
            if (instance.getBusinessKey() != null) {
                return Optional.of(instance.getBusinessKey());
            }
            ExecutionEntity superExecution = instance.getSuperExecution();
            instance = superExecution == null ? null : superExecution.getProcessInstance();
        }
        return Optional.empty();
    }

    /** The execution's process instance and every instance above it (call activities). */
    static List<String> instanceChain(ExecutionEntity execution) {
        List<String> ids = new ArrayList<>();
        ExecutionEntity instance = execution.getProcessInstance();
        while (instance != null) {
            ids.add(instance.getId());
            ExecutionEntity superExecution = instance.getSuperExecution();
            instance = superExecution == null ? null : superExecution.getProcessInstance();
        }
        return ids;
    }

    /**
     * Grants a group the permissions on one resource inside the running command. Looks in the
     * command's entity cache first: an authorization created earlier in the same command (the
     * engine's own candidate grants, or one of ours for a parallel task) is not in the database yet,
     * and a second insert would break the unique key at flush.
     */
    static void ensureGroupGrant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        CommandContext commandContext = Context.getCommandContext();
        AuthorizationEntity authorization = cached(commandContext.getDbEntityManager(), groupId, resource, resourceId);
        if (authorization == null) {
            authorization = commandContext.getAuthorizationManager()
                    .findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT, groupId, resource, resourceId);
        }
        if (authorization != null) {
            // cached: changes are flushed with the command (insert or dirty-checked update)
            for (Permission permission : permissions) {
                authorization.addPermission(permission);
            }
            return;
        }
        AuthorizationEntity created = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        created.setGroupId(groupId);
        created.setResource(resource);
        created.setResourceId(resourceId);
        for (Permission permission : permissions) {
            created.addPermission(permission);
        }
        // The service sets the removal time of historic-instance grants; nested in this command.
        Context.getProcessEngineConfiguration().getAuthorizationService().saveAuthorization(created);
    }

    /** As {@link #ensureGroupGrant}, for one user (the engine's own task grants to candidate users and assignees). */
    static void ensureUserGrant(String userId, Resource resource, String resourceId, Permission... permissions) {
        CommandContext commandContext = Context.getCommandContext();
        AuthorizationEntity authorization = null;
        for (AuthorizationEntity candidate : commandContext.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)) {
            if (candidate.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && userId.equals(candidate.getUserId())
                    && candidate.getResourceType() == resource.resourceType() && resourceId.equals(candidate.getResourceId())) {
                authorization = candidate;
            }
        }
        if (authorization == null) {
            authorization = commandContext.getAuthorizationManager()
                    .findAuthorizationByUserIdAndResourceId(Authorization.AUTH_TYPE_GRANT, userId, resource, resourceId);
        }
        if (authorization != null) {
            for (Permission permission : permissions) {
                authorization.addPermission(permission);
            }
            return;
        }
        AuthorizationEntity created = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        created.setUserId(userId);
        created.setResource(resource);
        created.setResourceId(resourceId);
        for (Permission permission : permissions) {
            created.addPermission(permission);
        }
        Context.getProcessEngineConfiguration().getAuthorizationService().saveAuthorization(created);
    }

    private static AuthorizationEntity cached(DbEntityManager db, String groupId, Resource resource, String resourceId) {
        for (AuthorizationEntity candidate : db.getCachedEntitiesByType(AuthorizationEntity.class)) {
            if (candidate.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
                    && groupId.equals(candidate.getGroupId())
                    && candidate.getResourceType() == resource.resourceType()
                    && resourceId.equals(candidate.getResourceId())) {
                CachedDbEntity state = db.getDbEntityCache().getCachedEntity(candidate);
                if (state == null || (state.getEntityState() != DbEntityState.DELETED_PERSISTENT
                        && state.getEntityState() != DbEntityState.DELETED_TRANSIENT
                        && state.getEntityState() != DbEntityState.DELETED_MERGED)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    // ---- transfer (domain.md §10.8) ---------------------------------------------------------------

    /** What {@link #moveProjectGrants} changed. */
    public record Moved(List<String> processInstanceIds, int instanceGrantsMoved, int taskGrantsRemoved,
            int taskReadGrantsGiven) {
    }

    /**
     * Moves a project's per-instance access from one county group to another, in one transaction:
     * READ on every process instance of the project (runtime and history, sub-processes included) and
     * READ on its open tasks go to {@code toCountyGroup}; every authorization {@code fromCountyGroup}
     * held on those open tasks is deleted — removing a candidate group does not remove the task
     * authorization the engine made for it (camunda-notes), so the old county could otherwise still
     * read and complete them. Candidate groups of the open tasks are the transfer process's business.
     */
    public Moved moveProjectGrants(String projectCode, String fromCountyGroup, String toCountyGroup) {
        if (fromCountyGroup.equals(toCountyGroup)) {
            return new Moved(List.of(), 0, 0, 0);
        }
        ProcessEngineConfigurationImpl configuration = engineConfiguration.getObject();
        // A system action (the caller was authorized for the transfer): no authorization checks inside.
        return configuration.getCommandExecutorTxRequired().execute(commandContext -> commandContext
                .runWithoutAuthorization(() -> {
            List<String> instanceIds = projectInstanceIds(configuration, projectCode);
            int moved = 0;
            int removed = 0;
            int given = 0;
            for (String instanceId : instanceIds) {
                moved += move(commandContext, Resources.PROCESS_INSTANCE, instanceId, fromCountyGroup, toCountyGroup);
                moved += move(commandContext, Resources.HISTORIC_PROCESS_INSTANCE, instanceId, fromCountyGroup,
                        toCountyGroup);
            }
            if (!instanceIds.isEmpty()) {
                List<Task> openTasks = configuration.getTaskService().createTaskQuery()
                        .processInstanceIdIn(instanceIds.toArray(String[]::new)).unlimitedList();
                for (Task task : openTasks) {
                    AuthorizationEntity old = commandContext.getAuthorizationManager()
                            .findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT, fromCountyGroup,
                                    Resources.TASK, task.getId());
                    if (old != null) {
                        commandContext.getAuthorizationManager().delete(old);
                        removed++;
                    }
                    ensureGroupGrant(toCountyGroup, Resources.TASK, task.getId(), TaskPermissions.READ);
                    given++;
                }
            }
            audit.record(actor(), "ACCESS_MOVED", projectCode, fromCountyGroup, toCountyGroup, null, Zones.now());
            return new Moved(instanceIds, moved, removed, given);
        }));
    }

    /**
     * Takes the work off a task for a group or a user whose candidacy is withdrawn (a transfer pauses
     * the owner county's and the commissioner's tasks): their task authorization keeps READ only.
     * Removing the candidacy alone leaves the engine's READ + work grant in place (camunda-notes).
     * Adding the candidacy again gives the work back (the engine grants it anew).
     */
    public void withdrawTaskWork(String taskId, String groupId, String userId) {
        onTaskGrant(taskId, groupId, userId, (commandContext, authorization) ->
                authorization.setPermissions(new Permission[] {TaskPermissions.READ}));
    }

    /**
     * Deletes a group's or a user's grant on a task altogether: someone who leaves a project (a former
     * commissioner after a transfer) must not keep reading its open tasks — a task's variables show the
     * project's.
     */
    public void dropTaskGrant(String taskId, String groupId, String userId) {
        onTaskGrant(taskId, groupId, userId,
                (commandContext, authorization) -> commandContext.getAuthorizationManager().delete(authorization));
    }

    private void onTaskGrant(String taskId, String groupId, String userId,
            java.util.function.BiConsumer<CommandContext, AuthorizationEntity> change) {
        ProcessEngineConfigurationImpl configuration = engineConfiguration.getObject();
        configuration.getCommandExecutorTxRequired().execute(commandContext -> commandContext.runWithoutAuthorization(() -> {
            AuthorizationEntity authorization = groupId != null
                    ? commandContext.getAuthorizationManager().findAuthorizationByGroupIdAndResourceId(
                            Authorization.AUTH_TYPE_GRANT, groupId, Resources.TASK, taskId)
                    : commandContext.getAuthorizationManager().findAuthorizationByUserIdAndResourceId(
                            Authorization.AUTH_TYPE_GRANT, userId, Resources.TASK, taskId);
            if (authorization != null) {
                change.accept(commandContext, authorization);
            }
            return null;
        }));
    }

    private static int move(CommandContext commandContext, Resource resource, String instanceId, String from,
            String to) {
        AuthorizationEntity old = commandContext.getAuthorizationManager()
                .findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT, from, resource, instanceId);
        if (old == null) {
            return 0;
        }
        commandContext.getAuthorizationManager().delete(old);
        ensureGroupGrant(to, resource, instanceId,
                resource == Resources.PROCESS_INSTANCE ? INSTANCE_READ : HISTORY_READ);
        return 1;
    }

    /** Every process instance of the project: those with its business key and all instances below them. */
    static List<String> projectInstanceIds(ProcessEngineConfigurationImpl configuration, String projectCode) {
        Set<String> ids = new LinkedHashSet<>();
        for (HistoricProcessInstance root : configuration.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(projectCode).unlimitedList()) {
            ids.add(root.getId());
            configuration.getHistoryService().createHistoricProcessInstanceQuery()
                    .rootProcessInstanceId(root.getRootProcessInstanceId()).unlimitedList()
                    .forEach(hpi -> ids.add(hpi.getId()));
        }
        return new ArrayList<>(ids);
    }

    private static String actor() {
        Authentication authentication = Context.getProcessEngineConfiguration().getIdentityService()
                .getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
