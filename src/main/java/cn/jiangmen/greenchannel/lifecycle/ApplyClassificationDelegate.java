package cn.jiangmen.greenchannel.lifecycle;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;

import cn.jiangmen.greenchannel.project.ProjectService;
import cn.jiangmen.greenchannel.project.Tier;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the tier of {@code project-tier} and the lead deadlines of {@code lead-deadlines}, then
 * sets the routing variables derived from the record ({@link ProjectFacts}).
 */
@Component("applyClassificationDelegate")
public class ApplyClassificationDelegate implements JavaDelegate {

    private final ProjectService projects;
    private final ProjectFacts facts;

    public ApplyClassificationDelegate(ProjectService projects, ProjectFacts facts) {
        this.projects = projects;
        this.facts = facts;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        String code = LifecycleVariables.projectCode(execution);
        projects.classify(code, Tier.valueOf((String) execution.getVariable(TIER)));
        execution.setVariables(facts.of(code));
        Map<String, Object> deadlines = (Map<String, Object>) execution.getVariable(LEAD_DEADLINES_RESULT);
        execution.setVariable(ACKNOWLEDGE_DAYS, ((Number) deadlines.get(ACKNOWLEDGE_DAYS)).intValue());
        execution.setVariable(JUDGE_DAYS, ((Number) deadlines.get(JUDGE_DAYS)).intValue());
        execution.setVariable(FEEDBACK_DAYS, ((Number) deadlines.get(FEEDBACK_DAYS)).intValue());
        execution.setVariable(REPORT_INTERVAL_DAYS, ((Number) deadlines.get(REPORT_INTERVAL_DAYS)).intValue());
        execution.setVariable(WARNING_SHARE, ((Number) deadlines.get(WARNING_SHARE)).doubleValue());
        execution.setVariable(WARNING_PRIORITY, ((Number) deadlines.get(WARNING_PRIORITY)).intValue());
        // The raw decision map is not needed once copied; keep process variables small and flat.
        execution.removeVariable(LEAD_DEADLINES_RESULT);
    }
}
