package cn.jiangmen.greenchannel.tasklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Task names that carry the project: every user task of every deployed process gets a
 * {@code create} listener that turns "项目洽谈" into "项目洽谈｜新能源电池材料生产基地" when the
 * process (or the calling lifecycle, through the stage's input variables) has a {@code projectName}.
 * Tasklist lists, searches and sorts by this name, so a county user sees at a glance which project a
 * task belongs to. The models stay untouched; the rule applies to every process that exists.
 *
 * <p>A Spring bean of type {@code ProcessEnginePlugin}: the Camunda starter adds every such bean to
 * the engine configuration. Independent of any other plugin.
 */
@Component
public class TaskNamingPlugin extends AbstractProcessEnginePlugin {

    /** The variable whose value is appended. */
    public static final String PROJECT_NAME = "projectName";
    /** Full-width vertical bar: reads as a separator in Chinese text and never occurs in task names. */
    public static final String SEPARATOR = "｜";
    /** ACT_RU_TASK.NAME_ is VARCHAR(255). */
    static final int MAX_NAME_LENGTH = 255;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new ParseListener());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /** The name a task gets: its own name, the separator, the project name (or the task name alone). */
    public static String nameWithProject(String taskName, Object projectName) {
        String base = taskName == null ? "" : taskName.strip();
        String project = projectName == null ? "" : projectName.toString().strip();
        if (project.isEmpty() || base.endsWith(SEPARATOR + project)) {
            return taskName;
        }
        String name = base.isEmpty() ? project : base + SEPARATOR + project;
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
    }

    static final class ParseListener extends AbstractBpmnParseListener {
        private static final TaskListener NAME_WITH_PROJECT = new NameWithProject();

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, NAME_WITH_PROJECT);
            }
        }
    }

    static final class NameWithProject implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            String name = nameWithProject(task.getName(), task.getVariable(PROJECT_NAME));
            if (name != null && !name.equals(task.getName())) {
                task.setName(name);
            }
        }
    }
}
