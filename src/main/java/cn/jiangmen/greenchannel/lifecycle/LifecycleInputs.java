package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.organisation.ReferenceData;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Builds {@link LifecycleInputRules} over the current reference data and users, and turns a refusal
 * into the engine's form-field validation error, which the REST API answers with 400 and Tasklist
 * shows to the approver; the engine rolls back, so nothing is written and the task stays open.
 */
@Component
public class LifecycleInputs {

    private final ReferenceData referenceData;
    private final IdentityService identityService;

    public LifecycleInputs(ReferenceData referenceData, IdentityService identityService) {
        this.referenceData = referenceData;
        this.identityService = identityService;
    }

    public LifecycleInputRules rules() {
        return new LifecycleInputRules(
                referenceData.counties().stream().map(ReferenceData.County::code).toList(),
                referenceData.chains().stream().map(ReferenceData.Chain::code).toList(),
                userId -> identityService.createUserQuery().userId(userId).count() > 0,
                (userId, groupId) -> identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0);
    }

    public static FormFieldValidationException refusal(BusinessRuleViolation violation) {
        return new FormFieldValidationException(violation.code(), violation.getMessage());
    }
}
