package cn.jiangmen.greenchannel.transfer;

import static cn.jiangmen.greenchannel.transfer.TransferProcess.Var.*;

import cn.jiangmen.greenchannel.common.Actor;
import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Inputs;
import cn.jiangmen.greenchannel.organisation.OrganisationGroups;
import cn.jiangmen.greenchannel.organisation.ReferenceData;
import cn.jiangmen.greenchannel.project.ProjectService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** End listener of project-transfer's user tasks: the server re-checks each answer (400 on refusal). */
@Component("transferInputCheck")
public class TransferInputCheck implements ExecutionListener {

    private final ReferenceData referenceData;
    private final ProjectService projects;
    private final IdentityService identityService;

    public TransferInputCheck(ReferenceData referenceData, ProjectService projects, IdentityService identityService) {
        this.referenceData = referenceData;
        this.projects = projects;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        try {
            check(execution).forEach(execution::setVariable);
        } catch (BusinessRuleViolation v) {
            throw new FormFieldValidationException(v.code(), v.getMessage());
        }
    }

    private Map<String, Object> check(DelegateExecution execution) {
        Inputs in = new Inputs(execution::getVariable);
        List<String> counties = referenceData.counties().stream().map(ReferenceData.County::code).toList();
        String owner = projects.get(execution.getProcessBusinessKey()).ownerCounty();
        Map<String, Object> values = new HashMap<>();
        switch (execution.getCurrentActivityId()) {
            case TransferProcess.Element.REVIEW_TRANSFER -> {
                String decision = in.code(REVIEW_DECISION, "审核结论", List.of(TransferProcess.PROPOSE, TransferProcess.REJECT));
                values.put(REVIEW_DECISION, decision);
                if (TransferProcess.PROPOSE.equals(decision)) {
                    List<String> order = TransferRules.parseCounties((String) in.raw(RECEIVING_COUNTIES),
                            "征询县区及顺序", counties, owner);
                    values.put(RECEIVING_COUNTIES, TransferRules.join(order));
                    values.put(PENDING_COUNTIES, TransferRules.join(order));
                } else {
                    values.put(REVIEW_NOTE, in.text(REVIEW_NOTE, "不同意流转的理由", 500));
                }
            }
            case TransferProcess.Element.ANSWER_OFFER -> {
                String offered = (String) execution.getVariable(OFFERED_COUNTY);
                requireMemberOf(Actor.of(identityService), OrganisationGroups.countyGroup(offered));
                String answer = in.code(OFFER_ANSWER, "答复意见", List.of(TransferProcess.ACCEPT, TransferProcess.DECLINE));
                values.put(OFFER_ANSWER, answer);
                if (TransferProcess.ACCEPT.equals(answer)) {
                    values.put(NEW_COMMISSIONER_ID, commissioner(in, offered));
                    values.put(OFFER_ANSWER_REASON, "");
                } else {
                    values.put(OFFER_ANSWER_REASON, in.text(OFFER_ANSWER_REASON, "不同意承接的理由", 500));
                }
            }
            case TransferProcess.Element.FOLLOW_UP_SILENCE ->
                    values.put(SILENCE_NOTE, in.text(SILENCE_NOTE, "督办处理说明", 500));
            case TransferProcess.Element.DECIDE_UNPLACED -> {
                String decision = in.code(UNPLACED_DECISION, "处理决定", List.of(TransferProcess.MORE, TransferProcess.LOST));
                values.put(UNPLACED_DECISION, decision);
                if (TransferProcess.MORE.equals(decision)) {
                    values.put(MORE_COUNTIES, TransferRules.join(TransferRules.parseCounties(
                            (String) in.raw(MORE_COUNTIES), "继续征询的县区", counties, owner)));
                } else {
                    values.put(LOST_REASON, in.text(LOST_REASON, "流失原因", 500));
                }
            }
            default -> {
            }
        }
        return values;
    }

    /** A county answers only offers made to it, whatever the REST caller tries (defence beside authorizations). */
    private void requireMemberOf(String userId, String group) {
        if (userId != null && identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
            throw new BusinessRuleViolation("GC-TRF-403", "只有被征询的县（市、区）可以答复本次承接征询");
        }
    }

    private String commissioner(Inputs in, String offered) {
        String userId = in.text(NEW_COMMISSIONER_ID, "承接后的项目服务专员", 64);
        boolean ok = userId.matches("[a-zA-Z0-9-]+")
                && (identityService.createUserQuery().userId(userId)
                        .memberOfGroup(OrganisationGroups.countyGroup(offered)).count() > 0
                || identityService.createUserQuery().userId(userId)
                        .memberOfGroup(OrganisationGroups.CITY_CENTRE).count() > 0);
        if (!ok) {
            throw new BusinessRuleViolation("GC-IN-009", "承接后的项目服务专员须为承接县（市、区）或市投资促进中心的工作人员：" + userId);
        }
        return userId;
    }
}
