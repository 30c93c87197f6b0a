package cn.jiangmen.greenchannel.transfer;

import cn.jiangmen.greenchannel.organisation.OrganisationGroups;
import cn.jiangmen.greenchannel.organisation.ProjectGrants;
import cn.jiangmen.greenchannel.project.Project;
import cn.jiangmen.greenchannel.project.ProjectService;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The project's open tasks during a transfer (§10.8): the owner county's, the commissioner's and the
 * lead owner's candidacies are taken off (and kept), and given back afterwards to whoever the record
 * then names as owner county and commissioner (a withdrawn lead owner's place goes to the
 * commissioner). Tasks of departments and of the city centre are left alone.
 */
@Component
public class OpenWork {

    private final TaskService taskService;
    private final TransferRepository transfers;
    private final ProjectService projects;
    private final ProjectGrants grants;

    public OpenWork(TaskService taskService, TransferRepository transfers, ProjectService projects,
            ProjectGrants grants) {
        this.taskService = taskService;
        this.transfers = transfers;
        this.projects = projects;
        this.grants = grants;
    }

    public void withdraw(String code) {
        Project project = projects.get(code);
        String ownerGroup = OrganisationGroups.countyGroup(project.ownerCounty());
        String commissioner = project.commissionerId();
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(code).list()) {
            for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    continue;
                }
                if (ownerGroup.equals(link.getGroupId())) {
                    transfers.insertWithdrawnLink(task.getId(), "group", ownerGroup, code);
                    taskService.deleteCandidateGroup(task.getId(), ownerGroup);
                    // removing the candidacy leaves the engine's task grant: the county keeps READ only
                    grants.withdrawTaskWork(task.getId(), ownerGroup, null);
                } else if (link.getUserId() != null
                        && (link.getUserId().equals(commissioner) || link.getUserId().equals(project.leadOwner()))) {
                    // the lead owner is a candidate of lead-follow-up tasks (§10.18)
                    transfers.insertWithdrawnLink(task.getId(), "user", link.getUserId(), code);
                    taskService.deleteCandidateUser(task.getId(), link.getUserId());
                    grants.withdrawTaskWork(task.getId(), null, link.getUserId());
                }
            }
            if (task.getAssignee() != null && (task.getAssignee().equals(commissioner)
                    || transfers.withdrawnLinks(code).stream().anyMatch(l -> l.taskId().equals(task.getId())))) {
                transfers.insertWithdrawnLink(task.getId(), "assignee", task.getAssignee(), code);
                taskService.setAssignee(task.getId(), null);
                grants.withdrawTaskWork(task.getId(), null, task.getAssignee());
            }
        }
    }

    public void restore(String code) {
        Project project = projects.get(code);
        for (TransferRepository.WithdrawnLink link : transfers.withdrawnLinks(code)) {
            if (taskService.createTaskQuery().taskId(link.taskId()).count() > 0) {
                restore(project, link);
            }
        }
        transfers.clearWithdrawnLinks(code);
    }

    /**
     * The lifecycle ended during a transfer (project lost): its own tasks are being deleted in this
     * command, so only the given open tasks of processes that outlive it (the lead's feedback) get their
     * candidacies back, for the owner county on the record; the other links are dropped.
     */
    public void restoreOutliving(String code, Collection<String> openTaskIds) {
        List<TransferRepository.WithdrawnLink> links = transfers.withdrawnLinks(code);
        if (links.isEmpty()) {
            return;
        }
        Project project = projects.get(code);
        for (TransferRepository.WithdrawnLink link : links) {
            if (openTaskIds.contains(link.taskId())) {
                restore(project, link);
            }
        }
        transfers.clearWithdrawnLinks(code);
    }

    private void restore(Project project, TransferRepository.WithdrawnLink link) {
        String ownerGroup = OrganisationGroups.countyGroup(project.ownerCounty());
        if (("user".equals(link.kind()) || "assignee".equals(link.kind()))
                && !Objects.equals(link.principal(), project.commissionerId())) {
            // a former commissioner (the project moved on) keeps nothing of its open tasks
            grants.dropTaskGrant(link.taskId(), null, link.principal());
        }
        if ("group".equals(link.kind())) {
            taskService.addCandidateGroup(link.taskId(), ownerGroup);
        } else if ("user".equals(link.kind()) && project.commissionerId() != null
                && taskService.getIdentityLinksForTask(link.taskId()).stream()
                        .noneMatch(l -> project.commissionerId().equals(l.getUserId()))) {
            taskService.addCandidateUser(link.taskId(), project.commissionerId());
        } else if ("assignee".equals(link.kind()) && Objects.equals(link.principal(), project.commissionerId())) {
            // the same commissioner stays on the project (rejected request): give the claim back
            taskService.setAssignee(link.taskId(), link.principal());
        }
    }
}
