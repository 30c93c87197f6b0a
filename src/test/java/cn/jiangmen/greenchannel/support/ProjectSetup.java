package cn.jiangmen.greenchannel.support;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.lead;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;

import cn.jiangmen.greenchannel.lead.LeadFollowUpProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Puts projects where a security test needs them, through the Java API: registered by a county user
 * logged in with the groups a real login gives, then moved on by the system (no authentication),
 * as the people concerned would have done it.
 */
public class ProjectSetup {

    private final ProcessEngine engine;

    public ProjectSetup(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Logs the user in with their groups, as the REST and webapp logins do. */
    public static void login(IdentityService identity, String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).unlimitedList().stream()
                .map(Group::getId).toList();
        identity.setAuthentication(userId, groups);
    }

    /** A lead registered by {@code county}01 for its own county, waiting at 线索确认. */
    public ProcessInstance register(String county, long investmentWan) {
        IdentityService identity = engine.getIdentityService();
        login(identity, county + "01");
        try {
            return engine.getRuntimeService().startProcessInstanceByKey(LifecycleProcess.KEY, lead(county, investmentWan));
        } finally {
            identity.clearAuthentication();
        }
    }

    public String code(ProcessInstance pi) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getBusinessKey();
    }

    /** A project of {@code county} waiting for the four review opinions. */
    public ProcessInstance atReview(String county) {
        ProcessInstance pi = register(county, 30000);
        complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, county + "01"));
        complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        complete(pi, Element.APPOINT_COMMISSIONER, of(COMMISSIONER_ID, county + "02"));
        complete(pi, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "AGREED"));
        return pi;
    }

    /** A ≥ 1亿元 lead of {@code county}, acknowledged and pursued: its lead-follow-up owes feedback and reports. */
    public ProcessInstance judged(String county) {
        ProcessInstance pi = register(county, 30000);
        complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, county + "01"));
        complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        return pi;
    }

    /** The open task at {@code taskKey} of the project's lead-follow-up. */
    public Task followUpTask(ProcessInstance pi, String taskKey) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(LeadFollowUpProcess.KEY)
                .processInstanceBusinessKey(code(pi)).taskDefinitionKey(taskKey).singleResult();
    }

    /** Opens the first progress report of the project's lead-follow-up (its timer run now) and returns it. */
    public Task openLeadReport(ProcessInstance pi) {
        String followUp = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LeadFollowUpProcess.KEY).processInstanceBusinessKey(code(pi)).singleResult().getId();
        var job = engine.getManagementService().createJobQuery().processInstanceId(followUp)
                .activityId(LeadFollowUpProcess.Element.NEXT_REPORT_PERIOD).singleResult();
        engine.getManagementService().executeJob(job.getId());
        return followUpTask(pi, LeadFollowUpProcess.Element.REPORT_PROGRESS);
    }

    public Task task(ProcessInstance pi, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
                .singleResult();
    }

    public void complete(ProcessInstance pi, String taskKey, Map<String, Object> variables) {
        engine.getTaskService().complete(task(pi, taskKey).getId(), variables);
    }
}
