package cn.jiangmen.greenchannel.lifecycle;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;

import cn.jiangmen.greenchannel.organisation.OrganisationGroups;
import cn.jiangmen.greenchannel.organisation.ReferenceData;
import cn.jiangmen.greenchannel.project.Project;
import cn.jiangmen.greenchannel.project.ProjectService;
import cn.jiangmen.greenchannel.project.Tier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The variables that route the lifecycle's tasks, derived from the project record: owner county,
 * tier, who appoints and decides (§10.4, §10.5), the chain's reviewing unit (§10.16). Re-applied
 * after every task so that no submission (a read-only form field, a crafted REST call) can move a
 * project to another county's or unit's hands.
 */
@Component
public class ProjectFacts {

    private final ProjectService projects;
    private final ReferenceData referenceData;

    public ProjectFacts(ProjectService projects, ReferenceData referenceData) {
        this.projects = projects;
        this.referenceData = referenceData;
    }

    public Map<String, Object> of(String projectCode) {
        Project project = projects.get(projectCode);
        String ownerGroup = OrganisationGroups.countyGroup(project.ownerCounty());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(PROJECT_CODE, project.projectCode());
        facts.put(PROJECT_NAME, project.name());
        facts.put(OWNER_COUNTY, project.ownerCounty());
        facts.put(OWNER_COUNTY_GROUP, ownerGroup);
        facts.put(INVESTOR_ORIGIN, project.investorOrigin());
        facts.put(CHAIN_CODE, project.chainCode());
        var chain = referenceData.chain(project.chainCode());
        facts.put(CHAIN_LEAD_GROUP, chain.map(ReferenceData.Chain::leadGroup).orElse(OrganisationGroups.DEPT_INDUSTRY_IT));
        facts.put(KEY_CHAIN, chain.map(ReferenceData.Chain::keyChain).orElse(false));
        if (project.tier() != null) {
            facts.put(TIER, project.tier());
            facts.put(APPOINTING_GROUP, Tier.MAJOR.name().equals(project.tier()) ? OrganisationGroups.CITY_CENTRE : ownerGroup);
        }
        if (project.commissionerId() != null) {
            facts.put(COMMISSIONER_ID, project.commissionerId());
        }
        return facts;
    }
}
