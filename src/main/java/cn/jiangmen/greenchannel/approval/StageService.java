package cn.jiangmen.greenchannel.approval;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Inputs;
import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.project.ImplementationService;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * An approval stage reviewed by its lead department until the green channel's items replace it:
 * opened, then approved (a dated milestone) or returned with reasons.
 */
@Service
public class StageService {

    private final StageRunRepository runs;
    private final ImplementationService implementation;

    public StageService(StageRunRepository runs, ImplementationService implementation) {
        this.runs = runs;
        this.implementation = implementation;
    }

    public void open(String stageInstanceId, String projectCode, int stage, String leadGroup, int limitDays) {
        runs.open(stageInstanceId, projectCode, stage, leadGroup, limitDays, Zones.now());
    }

    public void decide(String stageInstanceId, String projectCode, int stage, String outcome, String reason,
            String by) {
        runs.decide(stageInstanceId, outcome, reason, by, Zones.now());
        if (StageProcess.APPROVED.equals(outcome)) {
            implementation.stageApproved(projectCode, stage, Zones.today(), by);
        }
    }

    /** Server-side check of the lead department's decision. */
    public static Map<String, Object> checkDecision(Inputs in) {
        String decision = in.code(StageProcess.Var.STAGE_DECISION, "审批结论",
                List.of(StageProcess.APPROVED, StageProcess.RETURNED));
        String reason = in.optionalText(StageProcess.Var.STAGE_DECISION_REASON, "退回原因", 500);
        if (StageProcess.RETURNED.equals(decision) && reason == null) {
            throw new BusinessRuleViolation(Inputs.MISSING, "退回补正须写明“退回原因”");
        }
        return Map.of(StageProcess.Var.STAGE_DECISION, decision,
                StageProcess.Var.STAGE_DECISION_REASON, reason == null ? "" : reason);
    }
}
