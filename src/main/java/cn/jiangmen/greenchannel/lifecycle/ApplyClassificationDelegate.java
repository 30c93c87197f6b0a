package cn.jiangmen.greenchannel.lifecycle;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;

import cn.jiangmen.greenchannel.organisation.OrganisationGroups;
import cn.jiangmen.greenchannel.organisation.ReferenceData;
import cn.jiangmen.greenchannel.project.ProjectService;
import cn.jiangmen.greenchannel.project.Tier;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the tier of {@code project-tier} and the lead deadlines of {@code lead-deadlines}, and
 * derives who appoints the commissioner and decides the review (§10.4, §10.5) and the chain's
 * reviewing unit (§10.16).
 */
@Component("applyClassificationDelegate")
public class ApplyClassificationDelegate implements JavaDelegate {

    private final ProjectService projects;
    private final ReferenceData referenceData;

    public ApplyClassificationDelegate(ProjectService projects, ReferenceData referenceData) {
        this.projects = projects;
        this.referenceData = referenceData;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Map<String, Object> deadlines = (Map<String, Object>) execution.getVariable(LEAD_DEADLINES_RESULT);
        Tier tier = Tier.valueOf((String) execution.getVariable(TIER));
        String code = (String) execution.getVariable(PROJECT_CODE);
        projects.classify(code, tier);
        execution.setVariable(APPOINTING_GROUP, tier == Tier.MAJOR
                ? OrganisationGroups.CITY_CENTRE
                : execution.getVariable(OWNER_COUNTY_GROUP));
        String chainCode = (String) execution.getVariable(CHAIN_CODE);
        execution.setVariable(CHAIN_LEAD_GROUP, referenceData.chain(chainCode)
                .map(ReferenceData.Chain::leadGroup).orElse(OrganisationGroups.DEPT_INDUSTRY_IT));
        execution.setVariable(ACKNOWLEDGE_DAYS, ((Number) deadlines.get(ACKNOWLEDGE_DAYS)).intValue());
        execution.setVariable(JUDGE_DAYS, ((Number) deadlines.get(JUDGE_DAYS)).intValue());
        execution.setVariable(FEEDBACK_DAYS, ((Number) deadlines.get(FEEDBACK_DAYS)).intValue());
        execution.setVariable(REPORT_INTERVAL_DAYS, ((Number) deadlines.get(REPORT_INTERVAL_DAYS)).intValue());
        // The raw decision map is not needed once copied; keep process variables small and flat.
        execution.removeVariable(LEAD_DEADLINES_RESULT);
    }
}
