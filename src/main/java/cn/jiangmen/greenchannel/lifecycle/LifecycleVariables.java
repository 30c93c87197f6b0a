package cn.jiangmen.greenchannel.lifecycle;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of lifecycle variables shared by the delegates. */
final class LifecycleVariables {

    private LifecycleVariables() {
    }

    static String projectCode(VariableScope scope) {
        return (String) scope.getVariable(LifecycleProcess.Var.PROJECT_CODE);
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
