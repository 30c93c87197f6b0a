package cn.jiangmen.greenchannel.config;

import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.history.HistoryLevelActivity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;

/**
 * History level "greenchannel" of the PostgreSQL set-up (docs/performance.md, ADR 0009): what the
 * engine's history adds to our own record, nothing it duplicates.
 * <ul>
 *   <li>kept: process instances (who started, when, how it ended), user task instances (who did
 *       which task when), activity instances of the flow's visible path (user tasks, call activities,
 *       timers, message and start/end events, sub-processes), incidents;</li>
 *   <li>dropped: variable history (every business value is in schema greenchannel, with its audit
 *       entry), and activity instances of internal steps — service and business-rule tasks and
 *       gateways — whose effect is a milestone, audit entry or status in our tables anyway.</li>
 * </ul>
 * Measured: about a quarter of AUDIT's bytes per project (docs/performance.md). A database keeps the
 * history level it was created with; the engine refuses to start with another one.
 */
public class GreenChannelHistoryLevel extends HistoryLevelActivity {

    public static final String NAME = "greenchannel";
    /** Not one of the built-in ids (-1 auto, 0 none, 1 activity, 2 audit, 3 full). */
    public static final int ID = 11;

    /** Activity types whose instances are not written to ACT_HI_ACTINST. */
    static final Set<String> INTERNAL_STEPS = Set.of("serviceTask", "businessRuleTask", "scriptTask", "sendTask",
            "exclusiveGateway", "parallelGateway", "inclusiveGateway", "complexGateway", "eventBasedGateway");

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (eventType == HistoryEventTypes.INCIDENT_CREATE || eventType == HistoryEventTypes.INCIDENT_RESOLVE
                || eventType == HistoryEventTypes.INCIDENT_DELETE || eventType == HistoryEventTypes.INCIDENT_MIGRATE
                || eventType == HistoryEventTypes.INCIDENT_UPDATE) {
            return true;
        }
        if (!super.isHistoryEventProduced(eventType, entity)) {
            return false;
        }
        if (eventType == HistoryEventTypes.ACTIVITY_INSTANCE_START || eventType == HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE
                || eventType == HistoryEventTypes.ACTIVITY_INSTANCE_END
                || eventType == HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE) {
            return !isInternalStep(entity);
        }
        return true;
    }

    static boolean isInternalStep(Object entity) {
        if (!(entity instanceof ExecutionEntity execution)) {
            return false; // keep what cannot be classified (e.g. migration)
        }
        PvmActivity activity = execution.getActivity();
        if (activity == null) {
            return false;
        }
        Object type = activity.getProperties().get(BpmnProperties.TYPE);
        return type != null && INTERNAL_STEPS.contains(type);
    }
}
