package cn.jiangmen.greenchannel.config;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds our built-in listeners to every user task of every process the engine deploys, so no model
 * has to name them and a new process gets per-project access and completion audit for free:
 * grants on create and update (candidate groups may change), the audit entry on complete.
 */
public class SecurityParseListener extends AbstractBpmnParseListener {

    private final TaskListener grants;
    private final TaskListener completionAudit;

    public SecurityParseListener(TaskListener grants, TaskListener completionAudit) {
        this.grants = grants;
        this.completionAudit = completionAudit;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
            TaskDefinition definition = behavior.getTaskDefinition();
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, grants);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, grants);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, completionAudit);
        }
    }
}
