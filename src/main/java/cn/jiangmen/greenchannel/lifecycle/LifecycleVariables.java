package cn.jiangmen.greenchannel.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of lifecycle variables shared by the delegates. */
final class LifecycleVariables {

    private LifecycleVariables() {
    }

    /** The business key, not the variable: a client completing a task can overwrite variables. */
    static String projectCode(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
