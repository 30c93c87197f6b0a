package cn.jiangmen.greenchannel.lifecycle;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;

import cn.jiangmen.greenchannel.calendar.WorkingDays;
import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.project.BreachDecision;
import cn.jiangmen.greenchannel.project.ImplementationService;
import cn.jiangmen.greenchannel.project.OutputEvaluation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates of the lifecycle's second half (domain.md §10.6). Each reads the values the task's
 * end listener already checked and normalised, and calls one method of {@link ImplementationService}.
 */
@Configuration
public class ImplementationDelegates {

    private final ImplementationService implementation;
    private final IdentityService identityService;
    private final WorkingDays workingDays;

    public ImplementationDelegates(ImplementationService implementation, IdentityService identityService,
            WorkingDays workingDays) {
        this.implementation = implementation;
        this.identityService = identityService;
        this.workingDays = workingDays;
    }

    private String actor() {
        return Actor.of(identityService);
    }

    private static String code(DelegateExecution execution) {
        return LifecycleVariables.projectCode(execution);
    }

    private static LocalDate date(DelegateExecution execution, String name) {
        return LocalDate.parse((String) execution.getVariable(name));
    }

    private static long whole(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).longValue();
    }

    private static double decimal(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).doubleValue();
    }

    /** 注册: project company and national project code on the record. */
    @Bean
    public JavaDelegate recordRegistrationDelegate() {
        return execution -> implementation.registerCompany(code(execution), date(execution, COMPANY_REGISTERED_ON),
                (String) execution.getVariable(COMPANY_NAME), (String) execution.getVariable(COMPANY_CREDIT_CODE),
                (String) execution.getVariable(NATIONAL_PROJECT_CODE), actor());
    }

    /** 供地, with the priority score the department saw. */
    @Bean
    public JavaDelegate recordLandSupplyDelegate() {
        return execution -> {
            Object score = execution.getVariable(LAND_PRIORITY_SCORE);
            implementation.supplyLand(code(execution), date(execution, LAND_SUPPLIED_ON),
                    decimal(execution, SUPPLIED_LAND_AREA), (String) execution.getVariable(LAND_SUPPLY_METHOD),
                    (String) execution.getVariable(LAND_CONTRACT_NO),
                    score == null ? null : ((Number) score).intValue(), actor());
        };
    }

    /** 开工; the first monthly report covers the month construction started in. */
    @Bean
    public JavaDelegate recordConstructionStartDelegate() {
        return execution -> {
            LocalDate startedOn = date(execution, CONSTRUCTION_STARTED_ON);
            implementation.startConstruction(code(execution), startedOn, actor());
            execution.setVariable(REPORT_PERIOD, YearMonth.from(startedOn).toString());
        };
    }

    /** A monthly report, keyed by its period; 竣工 when the report says so. */
    @Bean
    public JavaDelegate recordProgressDelegate() {
        return execution -> {
            String period = (String) execution.getVariable(REPORT_PERIOD);
            boolean completed = Boolean.TRUE.equals(execution.getVariable(CONSTRUCTION_COMPLETED));
            implementation.reportProgress(code(execution), period, (int) whole(execution, PROGRESS_PERCENT),
                    whole(execution, INVESTMENT_TO_DATE), (String) execution.getVariable(PROGRESS_NOTE),
                    completed ? date(execution, COMPLETED_ON) : null, actor());
            execution.setVariable(REPORT_PERIOD, YearMonth.parse(period).plusMonths(1).toString());
        };
    }

    /** 投产, and when 达产复核 is due (decision {@code output-evaluation}). */
    @Bean
    @SuppressWarnings("unchecked")
    public JavaDelegate recordProductionDelegate() {
        return execution -> {
            LocalDate productionOn = date(execution, PRODUCTION_STARTED_ON);
            implementation.startProduction(code(execution), productionOn, whole(execution, ACTUAL_INVESTMENT), actor());
            Map<String, Object> policy = (Map<String, Object>) execution.getVariable(EVALUATION_POLICY_RESULT);
            int delayMonths = ((Number) policy.get(EVALUATION_DELAY_MONTHS)).intValue();
            execution.setVariable(EVALUATION_DELAY_MONTHS, delayMonths);
            execution.setVariable(EVALUATION_DAYS, ((Number) policy.get(EVALUATION_DAYS)).intValue());
            execution.setVariable(TOLERANCE_RATIO, ((Number) policy.get(TOLERANCE_RATIO)).doubleValue());
            execution.setVariable(EVALUATION_DUE_AT,
                    workingDays.startOfWorkingDayOnOrAfter(productionOn.plusMonths(delayMonths)));
            execution.removeVariable(EVALUATION_POLICY_RESULT);
        };
    }

    @Bean
    public JavaDelegate startEvaluationDelegate() {
        return execution -> implementation.startEvaluation(code(execution));
    }

    /** Actual against committed; the gateway reads {@code outputShortfall}. */
    @Bean
    public JavaDelegate assessOutputDelegate() {
        return execution -> {
            OutputEvaluation evaluation = implementation.evaluate(code(execution),
                    whole(execution, ACTUAL_ANNUAL_OUTPUT), whole(execution, ACTUAL_ANNUAL_TAX),
                    whole(execution, ACTUAL_INVESTMENT), decimal(execution, TOLERANCE_RATIO), actor());
            execution.setVariable(OUTPUT_SHORTFALL, evaluation.shortfall());
            execution.setVariable(EVALUATION_SUMMARY, evaluation.summary());
        };
    }

    /** The city centre's breach decision; the project closes with it recorded. */
    @Bean
    public JavaDelegate recordBreachDecisionDelegate() {
        return execution -> implementation.decideBreach(code(execution), new BreachDecision(
                        (int) whole(execution, RECTIFICATION_MONTHS), decimal(execution, LIQUIDATED_DAMAGES),
                        decimal(execution, INCENTIVE_REFUND), Boolean.TRUE.equals(execution.getVariable(LAND_RECOVERY)),
                        (String) execution.getVariable(BREACH_DECISION_REASON)),
                actor());
    }
}
