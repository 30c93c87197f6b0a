package cn.jiangmen.greenchannel.transfer;

import cn.jiangmen.greenchannel.audit.AuditLog;
import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.organisation.OrganisationGroups;
import cn.jiangmen.greenchannel.organisation.ProjectGrants;
import cn.jiangmen.greenchannel.project.Project;
import cn.jiangmen.greenchannel.project.ProjectRepository;
import cn.jiangmen.greenchannel.project.ProjectService;
import cn.jiangmen.greenchannel.project.ProjectStatus;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;

/**
 * A transfer's effect on the project record. The invariant of domain.md §6 holds at every commit:
 * a project is active with exactly one owner county (the owner changes in one update), finished,
 * or LOST with a reason; the active_transfer key admits one running transfer per project.
 */
@Service
public class TransferService {

    private final ProjectService projects;
    private final ProjectRepository projectRecords;
    private final TransferRepository transfers;
    private final AuditLog audit;
    private final ProjectGrants grants;

    public TransferService(ProjectService projects, ProjectRepository projectRecords, TransferRepository transfers,
            AuditLog audit, ProjectGrants grants) {
        this.projects = projects;
        this.projectRecords = projectRecords;
        this.transfers = transfers;
        this.audit = audit;
        this.grants = grants;
    }

    public Project open(String transferId, String code, String category, String reason, String requestedBy) {
        Project project = projects.get(code);
        if (!transferId.equals(transfers.activeTransferId(code).orElse(transferId))) {
            throw new BusinessRuleViolation("GC-TRF-409", "该项目已有正在办理的流转申请，不能重复申请");
        }
        if (transfers.activeTransferId(code).isEmpty()) {
            TransferRules.requireTransferable(project.status());
        }
        LocalDateTime now = Zones.now();
        if (!transfers.claimActive(code, transferId, project.status().name(), now)) {
            throw new BusinessRuleViolation("GC-TRF-409", "该项目已有正在办理的流转申请，不能重复申请");
        }
        transfers.insertTransfer(transferId, code, project.ownerCounty(), category, reason, requestedBy, now);
        projects.changeStatus(code, ProjectStatus.IN_TRANSFER, reason, requestedBy);
        audit.record(requestedBy, "TRANSFER_REQUESTED", code, project.ownerCounty(), category + "：" + reason,
                transferId + ":requested", now);
        return project;
    }

    public void offer(String transferId, int seq, String county) {
        transfers.insertOffer(transferId, seq, county, Zones.now());
    }

    public void answer(String transferId, int seq, String answer, String reason, String by) {
        transfers.answerOffer(transferId, seq, answer, reason, by, Zones.now());
    }

    /** The centre did not approve: the project goes on in its county as it stood. */
    public void reject(String transferId, String code, String note, String by) {
        resumePreviousStatus(code, by);
        transfers.decideTransfer(transferId, "REJECTED", null, note, by, null, null, Zones.now());
        transfers.releaseActive(code);
        audit.record(by, "TRANSFER_REJECTED", code, null, note, transferId + ":rejected", Zones.now());
    }

    /** Accepted: owner county and commissioner change in one update, with the credit share recorded. */
    public void complete(String transferId, String code, String toCounty, String newCommissioner, String by,
            double creditShareRatio, int creditShareYears) {
        Project before = projects.get(code);
        LocalDateTime now = Zones.now();
        projectRecords.updateOwner(code, toCounty, newCommissioner, now);
        // access follows the owner: instance and history grants move, the old county's task grants go
        grants.moveProjectGrants(code, OrganisationGroups.countyGroup(before.ownerCounty()),
                OrganisationGroups.countyGroup(toCounty));
        resumePreviousStatus(code, by);
        transfers.decideTransfer(transferId, "ACCEPTED", toCounty, null, by, creditShareRatio, creditShareYears, now);
        transfers.releaseActive(code);
        audit.record(by, "TRANSFER_ACCEPTED", code, before.ownerCounty() + " / " + before.commissionerId(),
                toCounty + " / " + newCommissioner, transferId + ":accepted", now);
    }

    /** 流失: only the centre's decision ends a project this way, always with its reason. */
    public void lost(String transferId, String code, String reason, String by) {
        LocalDateTime now = Zones.now();
        projects.changeStatus(code, ProjectStatus.LOST, reason, by);
        transfers.decideTransfer(transferId, "LOST", null, reason, by, null, null, now);
        transfers.releaseActive(code);
        audit.record(by, "PROJECT_LOST", code, null, reason, transferId + ":lost", now);
    }

    private void resumePreviousStatus(String code, String by) {
        ProjectStatus previous = transfers.previousStatus(code).map(ProjectStatus::valueOf)
                .orElse(ProjectStatus.NEGOTIATING);
        projects.changeStatus(code, previous, null, by);
    }
}
