package cn.jiangmen.greenchannel.organisation;

import cn.jiangmen.greenchannel.audit.AuditLog;
import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.project.Project;
import cn.jiangmen.greenchannel.project.ProjectRepository;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Once per database: gives projects that existed before authorization was switched on the grants they
 * would have got (issue 4). Open tasks get the engine's candidate and assignee grants (the engine
 * makes none while checks are off) and {@link ProjectGrants}' per-project grants; every historic
 * instance with a project's business key is readable by its owner county. Departments' past tasks
 * are not recoverable at history level AUDIT (identity links are not kept): after the upgrade a
 * department reads the projects it has an open task on. Marked done in the engine's property table.
 */
@Component
public class ProjectGrantsBackfill {

    static final String DONE_PROPERTY = "greenchannel.project-grants.backfilled";
    private static final Logger LOG = LoggerFactory.getLogger(ProjectGrantsBackfill.class);

    private final ProcessEngineConfigurationImpl configuration;
    private final ProjectGrants projectGrants;
    private final ProjectRepository projects;
    private final AuditLog audit;

    public ProjectGrantsBackfill(ProcessEngineConfigurationImpl configuration, ProjectGrants projectGrants,
            ProjectRepository projects, AuditLog audit) {
        this.configuration = configuration;
        this.projectGrants = projectGrants;
        this.projects = projects;
        this.audit = audit;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    public void onEngineReady(PostDeployEvent event) {
        if (configuration.getManagementService().getProperties().containsKey(DONE_PROPERTY)) {
            return;
        }
        int[] counts = configuration.getCommandExecutorTxRequired().execute(commandContext ->
                commandContext.runWithoutAuthorization(() -> backfill()));
        configuration.getManagementService().setProperty(DONE_PROPERTY, Zones.now().toString());
        if (counts[0] + counts[1] > 0) {
            audit.record(null, "ACCESS_BACKFILLED", null, null,
                    counts[0] + " open tasks, " + counts[1] + " project instances", null, Zones.now());
        }
        LOG.info("项目权限补齐完成 (per-project grants backfilled): {} open tasks, {} project instances",
                counts[0], counts[1]);
    }

    private int[] backfill() {
        Permission work = configuration.getDefaultUserPermissionForTask();
        int tasks = 0;
        for (Task task : configuration.getTaskService().createTaskQuery().unlimitedList()) {
            TaskEntity entity = (TaskEntity) task;
            for (IdentityLink link : entity.getCandidates()) {
                if (link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    ProjectGrants.ensureGroupGrant(link.getGroupId(), Resources.TASK, task.getId(), TaskPermissions.READ, work);
                } else if (link.getUserId() != null) {
                    ProjectGrants.ensureUserGrant(link.getUserId(), Resources.TASK, task.getId(), TaskPermissions.READ, work);
                }
            }
            if (task.getAssignee() != null) {
                ProjectGrants.ensureUserGrant(task.getAssignee(), Resources.TASK, task.getId(), TaskPermissions.READ, work);
            }
            if (entity.getExecution() != null) {
                projectGrants.grantForTask(entity);
            }
            tasks++;
        }
        int instances = 0;
        for (HistoricProcessInstance instance : configuration.getHistoryService().createHistoricProcessInstanceQuery()
                .unlimitedList()) {
            String key = rootBusinessKey(instance);
            if (key == null) {
                continue;
            }
            Project project = projects.find(key).orElse(null);
            if (project == null) {
                continue;
            }
            String owner = OrganisationGroups.countyGroup(project.ownerCounty());
            ProjectGrants.ensureGroupGrant(owner, Resources.HISTORIC_PROCESS_INSTANCE, instance.getId(),
                    HistoricProcessInstancePermissions.READ);
            if (instance.getEndTime() == null) {
                ProjectGrants.ensureGroupGrant(owner, Resources.PROCESS_INSTANCE, instance.getId(),
                        ProcessInstancePermissions.READ);
            }
            instances++;
        }
        return new int[] {tasks, instances};
    }

    private String rootBusinessKey(HistoricProcessInstance instance) {
        if (instance.getBusinessKey() != null) {
            return instance.getBusinessKey();
        }
        if (instance.getRootProcessInstanceId() == null || instance.getRootProcessInstanceId().equals(instance.getId())) {
            return null;
        }
        HistoricProcessInstance root = configuration.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getRootProcessInstanceId()).singleResult();
        return root == null ? null : root.getBusinessKey();
    }
}
