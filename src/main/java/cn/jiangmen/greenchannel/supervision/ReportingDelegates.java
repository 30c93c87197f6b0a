package cn.jiangmen.greenchannel.supervision;

import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Inputs;
import java.time.YearMonth;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Thin adapters of {@code monthly-bulletin} and {@code quarterly-urging} over the services. */
@Configuration
public class ReportingDelegates {

    /** ServiceTask_ProduceBulletin: the official bulletin when due (sets bulletinProduced, bulletinPeriod, bulletinSummary). */
    @Bean("produceBulletinDelegate")
    public JavaDelegate produceBulletin(BulletinService bulletins) {
        return execution -> {
            Optional<YearMonth> produced = bulletins.produceIfDue(execution.getProcessInstanceId());
            execution.setVariable(ReportingProcess.Var.BULLETIN_PRODUCED, produced.isPresent());
            if (produced.isPresent()) {
                execution.setVariable(ReportingProcess.Var.BULLETIN_PERIOD, produced.get().toString());
                execution.setVariable(ReportingProcess.Var.BULLETIN_SUMMARY, bulletins.summary(produced.get()));
            }
        };
    }

    /** End listener of UserTask_IssueBulletin: checks the note and records the 签发. */
    @Bean("issueBulletinCheck")
    public ExecutionListener issueBulletin(BulletinService bulletins, IdentityService identityService) {
        return execution -> {
            if (execution.isCanceled()) {
                return;
            }
            try {
                String note = new Inputs(execution::getVariable).text(ReportingProcess.Var.ISSUE_NOTE, "签发意见", 1000);
                bulletins.recordIssue(YearMonth.parse((String) execution.getVariable(ReportingProcess.Var.BULLETIN_PERIOD)),
                        Actor.of(identityService), note);
            } catch (BusinessRuleViolation v) {
                throw new FormFieldValidationException(v.code(), v.getMessage());
            }
        };
    }

    /** ServiceTask_PrepareUrging: the quarter's lagging counties when due (sets urgingPeriod, laggingCounties). */
    @Bean("prepareUrgingDelegate")
    public JavaDelegate prepareUrging(UrgingService urging) {
        return execution -> {
            UrgingService.Round round = urging.startRoundIfDue(execution.getProcessInstanceId());
            execution.setVariable(ReportingProcess.Var.URGING_DUE, round != null);
            execution.setVariable(ReportingProcess.Var.URGING_PERIOD, round == null ? "" : round.period());
            execution.setVariable(ReportingProcess.Var.LAGGING_COUNTIES,
                    round == null ? "" : String.join(",", round.counties()));
        };
    }

    /** Start listener of each urging task: the county's facts and the figures that put it there. */
    @Bean("urgingTaskFacts")
    public ExecutionListener urgingFacts(UrgingService urging) {
        return execution -> {
            String county = (String) execution.getVariable(ReportingProcess.Var.URGED_COUNTY);
            String period = (String) execution.getVariable(ReportingProcess.Var.URGING_PERIOD);
            execution.setVariableLocal("ownerCounty", county);
            execution.setVariableLocal(ReportingProcess.Var.URGING_FIGURES, urging.figuresText(period, county));
        };
    }

    /** End listener of each urging task: the county's answer, only from that county's users. */
    @Bean("urgingAnswerCheck")
    public ExecutionListener urgingAnswer(UrgingService urging, IdentityService identityService) {
        return execution -> {
            if (execution.isCanceled()) {
                return;
            }
            try {
                String county = (String) execution.getVariable(ReportingProcess.Var.URGED_COUNTY);
                String period = (String) execution.getVariable(ReportingProcess.Var.URGING_PERIOD);
                String userId = Actor.of(identityService);
                urging.requireCountyMember(userId, county);
                String answer = new Inputs(execution::getVariable).text(ReportingProcess.Var.URGING_ANSWER, "整改措施", 1000);
                urging.recordAnswer(period, county, userId, answer);
            } catch (BusinessRuleViolation v) {
                throw new FormFieldValidationException(v.code(), v.getMessage());
            }
        };
    }
}
