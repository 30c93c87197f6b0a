package cn.jiangmen.greenchannel.lifecycle;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Inputs;
import cn.jiangmen.greenchannel.organisation.OrganisationGroups;
import cn.jiangmen.greenchannel.project.LeadRegistration;
import cn.jiangmen.greenchannel.project.ProjectService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks the lead, assigns the project code in the start transaction and makes it the business
 * key (domain.md §10.2; a client's business key is replaced). A retry keeps the assigned code.
 */
@Component("registerProjectDelegate")
public class RegisterProjectDelegate implements JavaDelegate {

    private final LifecycleInputs inputs;
    private final ProjectService projects;

    public RegisterProjectDelegate(LifecycleInputs inputs, ProjectService projects) {
        this.inputs = inputs;
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LeadRegistration lead;
        try {
            lead = inputs.rules().registration(new Inputs(execution::getVariable));
        } catch (BusinessRuleViolation violation) {
            throw LifecycleInputs.refusal(violation);
        }
        String code = (String) execution.getVariable(PROJECT_CODE);
        if (code == null) {
            code = projects.assignCode();
        }
        String registeredBy = (String) execution.getVariable(REGISTERED_BY);
        projects.register(code, lead, registeredBy, execution.getProcessInstanceId());
        execution.setProcessBusinessKey(code);
        execution.setVariable(PROJECT_CODE, code);
        execution.setVariable(OWNER_COUNTY, lead.targetCounty());
        execution.setVariable(OWNER_COUNTY_GROUP, OrganisationGroups.countyGroup(lead.targetCounty()));
        // Normalised types (Tasklist sends numbers untyped): the DMN and later steps read Long / Double.
        execution.setVariable(PLANNED_INVESTMENT, lead.plannedInvestment());
        execution.setVariable(LAND_AREA, lead.landArea());
        execution.setVariable(EXPECTED_OUTPUT, lead.expectedOutput());
        execution.setVariable(EXPECTED_TAX, lead.expectedTax());
        execution.setVariable(EXPECTED_JOBS, lead.expectedJobs());
        execution.setVariable(MANUFACTURING, lead.manufacturing());
        execution.setVariable(PROJECT_NAME, lead.projectName());
        execution.setVariable(INVESTOR_NAME, lead.investorName());
    }
}
