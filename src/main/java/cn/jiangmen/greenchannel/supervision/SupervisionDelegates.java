package cn.jiangmen.greenchannel.supervision;

import static cn.jiangmen.greenchannel.supervision.SupervisionProcess.Var.*;

import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Inputs;
import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.lifecycle.ProjectFacts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Thin adapters of {@code supervision-case} over {@link SupervisionService}. */
@Configuration
public class SupervisionDelegates {

    @Bean("scanMissesDelegate")
    public JavaDelegate scan(SupervisionService supervision) {
        return execution -> execution.setVariable("casesOpened", supervision.scan().size());
    }

    @Bean("recordMissDelegate")
    public JavaDelegate recordMiss(SupervisionService supervision, ProjectFacts facts) {
        return execution -> {
            SupervisionService.Step step = supervision.recordMiss((String) execution.getVariable(CASE_ID));
            execution.setVariable(MISS_COUNT, step.missCount());
            execution.setVariable(STEP, step.step());
            execution.setVariable(ANSWER_DAYS, step.answerDays());
            execution.setVariable(LEAD_GROUPS, step.leadGroups());
            execution.setVariable(LEAD_USERS, step.leadUsers());
            execution.setVariable(ITEM, step.label());
            execution.setVariable(SUMMARY, step.summary());
            // the key facts every task form shows (projectCode, projectName, ownerCounty, tier)
            facts.of((String) execution.getVariable(PROJECT_CODE)).forEach((k, v) -> {
                if (java.util.Set.of("projectName", "ownerCounty", "tier").contains(k)) {
                    execution.setVariable(k, v);
                }
            });
        };
    }

    /** Create listener of the notice: the commissioner too, where §10.9 names them. */
    @Bean("supervisionCandidates")
    public TaskListener candidates() {
        return task -> {
            String users = (String) task.getVariable(LEAD_USERS);
            if (users != null && !users.isBlank()) {
                for (String user : users.split(",")) {
                    task.addCandidateUser(user);
                }
            }
        };
    }

    /** End listener of the three answer tasks: the server checks the 回执 and records it. */
    @Bean("supervisionAnswerCheck")
    public ExecutionListener answer(SupervisionService supervision, IdentityService identityService) {
        return execution -> {
            if (execution.isCanceled()) {
                return;
            }
            try {
                String userId = Actor.of(identityService);
                supervision.requireAnswerer(userId, (String) execution.getVariable(STEP),
                        (String) execution.getVariable(LEAD_GROUPS), (String) execution.getVariable(LEAD_USERS));
                Inputs in = new Inputs(execution::getVariable);
                String cause = in.text(CAUSE, "逾期原因", 500);
                String remedy = in.text(REMEDY, "整改措施", 1000);
                LocalDate newDue = in.date(NEW_DUE_DATE, "新的完成日期");
                supervision.recordAnswer((String) execution.getVariable(CASE_ID), userId, cause, remedy, newDue);
                execution.getProcessInstance().setVariable(NEW_DUE_AT,
                        Date.from(newDue.atTime(LocalTime.of(23, 59, 59)).atZone(Zones.CHINA).toInstant()));
            } catch (BusinessRuleViolation v) {
                throw new FormFieldValidationException(v.code(), v.getMessage());
            }
        };
    }

    @Bean("checkSupervisedItemDelegate")
    public JavaDelegate check(SupervisionService supervision) {
        return execution -> execution.setVariable(ITEM_REACHED,
                supervision.itemReached((String) execution.getVariable(CASE_ID)));
    }

    @Bean("closeSupervisionCaseDelegate")
    public JavaDelegate close(SupervisionService supervision) {
        return execution -> supervision.close((String) execution.getVariable(CASE_ID));
    }
}
