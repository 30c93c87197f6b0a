package cn.jiangmen.greenchannel.approval;

import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.project.ImplementationService;
import org.springframework.stereotype.Service;

/** An approval stage: opened, then approved (a dated milestone) or returned with the items' reasons. */
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

}
