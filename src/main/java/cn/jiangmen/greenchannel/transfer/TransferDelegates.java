package cn.jiangmen.greenchannel.transfer;

import static cn.jiangmen.greenchannel.transfer.TransferProcess.Var.*;

import cn.jiangmen.greenchannel.calendar.WorkingDays;
import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Inputs;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.organisation.OrganisationGroups;
import cn.jiangmen.greenchannel.organisation.ReferenceData;
import cn.jiangmen.greenchannel.project.Project;
import cn.jiangmen.greenchannel.project.ProjectService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Delegates of project-transfer. Each reads typed variables, calls the transfer service, and
 * talks to the project's lifecycle only by message (TransferStarted / TransferAccepted / ProjectLost).
 */
@Configuration
public class TransferDelegates {

    private final TransferService transfers;
    private final TransferRepository records;
    private final ProjectService projects;
    private final ReferenceData referenceData;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final WorkingDays workingDays;

    public TransferDelegates(TransferService transfers, TransferRepository records, ProjectService projects,
            ReferenceData referenceData, IdentityService identityService, RuntimeService runtimeService,
            WorkingDays workingDays) {
        this.transfers = transfers;
        this.records = records;
        this.projects = projects;
        this.referenceData = referenceData;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.workingDays = workingDays;
    }

    private static String code(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }

    private String actor() {
        return Actor.of(identityService);
    }

    private static FormFieldValidationException refusal(BusinessRuleViolation v) {
        return new FormFieldValidationException(v.code(), v.getMessage());
    }

    private List<String> countyCodes() {
        return referenceData.counties().stream().map(ReferenceData.County::code).toList();
    }

    /** Checks the request, claims the project's single transfer slot and puts it 流转中. */
    @Bean
    public JavaDelegate openTransferDelegate() {
        return execution -> {
            try {
                Inputs in = new Inputs(execution::getVariable);
                String code = in.text(PROJECT_CODE, "项目编号", 16);
                String category = in.code(REASON_CATEGORY, "流转原因类别", TransferRules.REASON_CATEGORIES);
                String reason = in.text(REASON, "流转理由", 500);
                Object preferred = execution.getVariable(PREFERRED_COUNTY);
                if (preferred != null && !preferred.toString().isBlank()) {
                    in.code(PREFERRED_COUNTY, "投资方意向县（市、区）", countyCodes());
                }
                Project project = projects.get(code);
                String requester = (String) execution.getVariable(REQUESTED_BY);
                requireRequester(requester, project);
                execution.setProcessBusinessKey(code);
                transfers.open(execution.getProcessInstanceId(), code, category, reason, requester);
                execution.setVariable(ORIGIN_COUNTY, project.ownerCounty());
                execution.setVariables(Map.of(LifecycleProcess.Var.PROJECT_NAME, project.name(),
                        LifecycleProcess.Var.OWNER_COUNTY, project.ownerCounty(),
                        LifecycleProcess.Var.TIER, project.tier() == null ? "GENERAL" : project.tier()));
            } catch (BusinessRuleViolation v) {
                throw refusal(v);
            }
        };
    }

    /** The owner county, its commissioner or the city centre may ask; a system start may too. */
    private void requireRequester(String requester, Project project) {
        if (requester == null || requester.equals(project.commissionerId())) {
            return;
        }
        boolean allowed = identityService.createUserQuery().userId(requester)
                .memberOfGroup(OrganisationGroups.countyGroup(project.ownerCounty())).count() > 0
                || identityService.createUserQuery().userId(requester)
                        .memberOfGroup(OrganisationGroups.CITY_CENTRE).count() > 0;
        if (!allowed) {
            throw new BusinessRuleViolation("GC-TRF-403", "只有项目所属县（市、区）、项目服务专员或市投资促进中心可以申请流转");
        }
    }

    @Bean
    public JavaDelegate pauseLifecycleDelegate() {
        return execution -> correlate(code(execution), TransferProcess.MESSAGE_TRANSFER_STARTED);
    }

    /** Proposes the order of counties to ask; the centre may change it. */
    @Bean
    @SuppressWarnings("unchecked")
    public JavaDelegate rankCountiesDelegate() {
        return execution -> {
            Map<String, Object> policy = (Map<String, Object>) execution.getVariable(POLICY_RESULT);
            execution.setVariable(ANSWER_DAYS, ((Number) policy.get(ANSWER_DAYS)).intValue());
            execution.setVariable(CREDIT_SHARE_RATIO, ((Number) policy.get(CREDIT_SHARE_RATIO)).doubleValue());
            execution.setVariable(CREDIT_SHARE_YEARS, ((Number) policy.get(CREDIT_SHARE_YEARS)).intValue());
            execution.removeVariable(POLICY_RESULT);
            Project project = projects.get(code(execution));
            List<String> ranked = TransferRules.rank(countyCodes(), project.ownerCounty(),
                    (String) execution.getVariable(PREFERRED_COUNTY), records.projectsOfChainByCounty(project.chainCode()));
            execution.setVariable(PROPOSED_COUNTIES, TransferRules.join(ranked));
            execution.setVariable(RECEIVING_COUNTIES, TransferRules.join(ranked));
        };
    }

    @Bean
    public JavaDelegate rejectTransferDelegate() {
        return execution -> {
            transfers.reject(execution.getProcessInstanceId(), code(execution),
                    (String) execution.getVariable(REVIEW_NOTE), actor());
            correlate(code(execution), TransferProcess.MESSAGE_TRANSFER_ACCEPTED);
        };
    }

    /** Offers go to one county at a time, in the centre's order. */
    @Bean
    public JavaDelegate nextOfferDelegate() {
        return execution -> {
            List<String> pending = new ArrayList<>(TransferRules.split((String) execution.getVariable(PENDING_COUNTIES)));
            boolean available = !pending.isEmpty();
            execution.setVariable(OFFER_AVAILABLE, available);
            if (!available) {
                return;
            }
            String county = pending.remove(0);
            int seq = execution.getVariable(OFFER_SEQ) == null ? 1 : ((Number) execution.getVariable(OFFER_SEQ)).intValue() + 1;
            transfers.offer(execution.getProcessInstanceId(), seq, county);
            execution.setVariable(OFFER_SEQ, seq);
            execution.setVariable(PENDING_COUNTIES, TransferRules.join(pending));
            execution.setVariable(OFFERED_COUNTY, county);
            execution.setVariable(OFFERED_COUNTY_GROUP, OrganisationGroups.countyGroup(county));
            execution.setVariable(ANSWER_DUE_AT, workingDays.dueAfter(execution.getVariable(ANSWER_DAYS)));
            execution.removeVariable(OFFER_ANSWER);
            execution.removeVariable(OFFER_ANSWER_REASON);
            execution.removeVariable(NEW_COMMISSIONER_ID);
        };
    }

    /** Silence counts as no (§6); the centre follows it up. */
    @Bean
    public JavaDelegate recordSilenceDelegate() {
        return execution -> transfers.answer(execution.getProcessInstanceId(), seq(execution), TransferProcess.DECLINE,
                "逾期未答复，视为不同意承接", null);
    }

    @Bean
    public JavaDelegate recordAnswerDelegate() {
        return execution -> transfers.answer(execution.getProcessInstanceId(), seq(execution),
                (String) execution.getVariable(OFFER_ANSWER), (String) execution.getVariable(OFFER_ANSWER_REASON),
                actor());
    }

    @Bean
    public JavaDelegate completeTransferDelegate() {
        return execution -> {
            transfers.complete(execution.getProcessInstanceId(), code(execution),
                    (String) execution.getVariable(OFFERED_COUNTY), (String) execution.getVariable(NEW_COMMISSIONER_ID),
                    actor(), ((Number) execution.getVariable(CREDIT_SHARE_RATIO)).doubleValue(),
                    ((Number) execution.getVariable(CREDIT_SHARE_YEARS)).intValue());
            correlate(code(execution), TransferProcess.MESSAGE_TRANSFER_ACCEPTED);
        };
    }

    @Bean
    public JavaDelegate addCountiesDelegate() {
        return execution -> execution.setVariable(PENDING_COUNTIES, execution.getVariable(MORE_COUNTIES));
    }

    @Bean
    public JavaDelegate recordLostDelegate() {
        return execution -> {
            transfers.lost(execution.getProcessInstanceId(), code(execution),
                    (String) execution.getVariable(LOST_REASON), actor());
            correlate(code(execution), TransferProcess.MESSAGE_PROJECT_LOST);
        };
    }

    private static int seq(DelegateExecution execution) {
        return ((Number) execution.getVariable(OFFER_SEQ)).intValue();
    }

    /** Delivers a message to the project's running lifecycle instance. */
    private void correlate(String code, String message) {
        String lifecycle = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(LifecycleProcess.KEY).singleResult().getId();
        runtimeService.createMessageCorrelation(message).processInstanceId(lifecycle).correlate();
    }
}
