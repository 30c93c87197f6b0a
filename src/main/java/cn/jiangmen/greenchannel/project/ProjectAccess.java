package cn.jiangmen.greenchannel.project;

import cn.jiangmen.greenchannel.organisation.OrganisationGroups;
import cn.jiangmen.greenchannel.organisation.Role;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

/**
 * Who may read a project through our own endpoints and reports: the same rule as the engine's grants
 * (docs/security.md). The city centre, city leaders, managers and administrators read every project;
 * a county reads its own county's projects; anyone else reads a project when the engine lets them
 * read one of its process instances' history — which is what a department's (or an offered county's)
 * task on it grants (organisation/ProjectGrants). Runs in a request whose engine authentication is set.
 */
@Component
public class ProjectAccess {

    private final HistoryService historyService;

    public ProjectAccess(HistoryService historyService) {
        this.historyService = historyService;
    }

    public boolean canRead(Project project, List<String> groupIds) {
        if (groupIds.stream().map(Role::of).anyMatch(Role::readsAllProjects)) {
            return true;
        }
        if (groupIds.contains(OrganisationGroups.countyGroup(project.ownerCounty()))) {
            return true;
        }
        // Authorization-filtered by the engine for the logged-in user.
        return historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(project.projectCode()).count() > 0;
    }

    /** The audit trail: city centre and administrators only (domain.md §10.15). */
    public boolean canReadAudit(List<String> groupIds) {
        return groupIds.contains(OrganisationGroups.CITY_CENTRE) || groupIds.contains(OrganisationGroups.ADMINISTRATORS);
    }
}
