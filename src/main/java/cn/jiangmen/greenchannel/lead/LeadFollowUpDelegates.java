package cn.jiangmen.greenchannel.lead;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;

import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.common.Inputs;
import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.ProjectFacts;
import cn.jiangmen.greenchannel.transfer.OpenWork;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Thin adapters between the models and {@link LeadFollowUpService}: the lifecycle's warnings, start
 * and end of the follow-up, and the steps of lead-follow-up itself. The project code is always the
 * business key, never a submitted variable.
 */
@Configuration
public class LeadFollowUpDelegates {

    /** Project facts a follow-up task shows and is routed by, re-read from the record before each task. */
    private static final List<String> TASK_FACTS = List.of(PROJECT_CODE, PROJECT_NAME, OWNER_COUNTY, OWNER_COUNTY_GROUP,
            TIER);

    private final LeadFollowUpService followUps;
    private final LeadFollowUpRepository repository;
    private final ProjectFacts facts;
    private final IdentityService identityService;
    private final OpenWork openWork;

    public LeadFollowUpDelegates(LeadFollowUpService followUps, LeadFollowUpRepository repository, ProjectFacts facts,
            IdentityService identityService, OpenWork openWork) {
        this.followUps = followUps;
        this.repository = repository;
        this.facts = facts;
        this.identityService = identityService;
        this.openWork = openWork;
    }

    // ---- project-lifecycle ------------------------------------------------------------------------

    /** Timer before the acknowledge or judge deadline (预警): which task, from the step's id. */
    @Bean
    public JavaDelegate leadWarningDelegate() {
        return execution -> followUps.warn(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
                LifecycleProcess.Element.WARNED_TASK.get(execution.getCurrentActivityId()),
                ((Number) execution.getVariable(WARNING_PRIORITY)).intValue(),
                ((Number) execution.getVariable(WARNING_SHARE)).doubleValue());
    }

    /** After judging: the project's one lead-follow-up, when lead-deadlines says something is owed. */
    @Bean
    public JavaDelegate startLeadFollowUpDelegate() {
        return execution -> {
            Map<String, Object> v = new HashMap<>();
            for (String name : List.of(PROJECT_NAME, OWNER_COUNTY, OWNER_COUNTY_GROUP, TIER, JUDGEMENT_REASON,
                    REFERRAL_CHANNEL, REFERRER_NAME)) {
                v.put(name, execution.getVariable(name));
            }
            followUps.start(execution.getProcessBusinessKey(), (String) execution.getVariable(JUDGEMENT),
                    ((Number) execution.getVariable(FEEDBACK_DAYS)).intValue(),
                    ((Number) execution.getVariable(REPORT_INTERVAL_DAYS)).intValue(), v);
        };
    }

    /** Message throw event after the agreement is recorded: reports end at signing. */
    @Bean
    public JavaDelegate endLeadFollowUpDelegate() {
        return execution -> followUps.endReports(execution.getProcessBusinessKey());
    }

    /** End listener of the lifecycle: however it ends (dropped, abandoned, not introduced, lost, stopped …). */
    @Bean
    public ExecutionListener endLeadFollowUpListener() {
        return execution -> {
            String code = execution.getProcessBusinessKey();
            if (code != null) {
                followUps.endReports(code);
                // ended during a transfer (lost): the feedback still owed goes back to the owner county
                openWork.restoreOutliving(code, followUps.openTaskIds(code));
            }
        };
    }

    /** End listener of the commissioner's appointment: open follow-up tasks are offered to them too. */
    @Bean
    public ExecutionListener offerLeadFollowUpToCommissioner() {
        return execution -> followUps.offerToCommissioner(execution.getProcessBusinessKey());
    }

    // ---- lead-follow-up ---------------------------------------------------------------------------

    /** Start listener of each follow-up task: facts from the record (a transfer may have moved the project). */
    @Bean
    public ExecutionListener leadFollowUpFacts() {
        return execution -> {
            Map<String, Object> recorded = facts.of(execution.getProcessBusinessKey());
            for (String name : TASK_FACTS) {
                Object value = recorded.get(name);
                if (value != null && !Objects.equals(execution.getVariable(name), value)) {
                    execution.getProcessInstance().setVariable(name, value);
                }
            }
        };
    }

    @Bean
    public JavaDelegate recordLeadFeedbackDelegate() {
        return execution -> {
            String code = execution.getProcessBusinessKey();
            followUps.recordFeedback(code, LeadFollowUpInputRules.feedback(new Inputs(execution::getVariable),
                    repository.registeredOn(code).orElse(null), Zones.today()), Actor.of(identityService));
        };
    }

    @Bean
    public JavaDelegate checkLeadReportDueDelegate() {
        return execution -> execution.setVariable(LeadFollowUpProcess.Var.REPORT_STILL_DUE,
                followUps.reportStillDue(execution.getProcessBusinessKey()));
    }

    /** Records report n and moves on to period n + 1. */
    @Bean
    public JavaDelegate recordLeadProgressDelegate() {
        return execution -> {
            int round = ((Number) execution.getVariable(LeadFollowUpProcess.Var.REPORT_ROUND)).intValue();
            followUps.recordReport(execution.getProcessBusinessKey(), round,
                    LeadFollowUpInputRules.report(new Inputs(execution::getVariable), Zones.today()),
                    Actor.of(identityService));
            execution.setVariable(LeadFollowUpProcess.Var.REPORT_ROUND, round + 1);
        };
    }

    /** Candidate users of the follow-up tasks: {@code camunda:candidateUsers="${leadFollowUpCandidates.users(execution)}"}. */
    @Bean
    public LeadFollowUpCandidates leadFollowUpCandidates() {
        return new LeadFollowUpCandidates(followUps);
    }

    /** Expression helper for candidate users; an empty list when nobody is named yet. */
    public static class LeadFollowUpCandidates {

        private final LeadFollowUpService followUps;

        LeadFollowUpCandidates(LeadFollowUpService followUps) {
            this.followUps = followUps;
        }

        public List<String> users(DelegateExecution execution) {
            return followUps.candidateUsers(execution.getProcessBusinessKey());
        }
    }
}
