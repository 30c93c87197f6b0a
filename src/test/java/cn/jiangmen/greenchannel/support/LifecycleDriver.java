package cn.jiangmen.greenchannel.support;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.approval.GreenChannelProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/** Drives project-lifecycle through the engine's Java API as approvers would, step by step. */
public class LifecycleDriver {

    private final ProcessEngine engine;

    public LifecycleDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    public ProcessInstance start(Map<String, Object> variables) {
        ProjectSetup.login(engine.getIdentityService(), "pengjiang01");
        try {
            return engine.getRuntimeService().startProcessInstanceByKey(LifecycleProcess.KEY, variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    public String code(ProcessInstance pi) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
                .getBusinessKey();
    }

    /** The open task at {@code key} in the project's lifecycle or in a stage it called. */
    public Task task(ProcessInstance pi, String key) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code(pi))
                .taskDefinitionKey(key).singleResult();
        assertThat(task).as("open task " + key).isNotNull();
        assertThat(engine.getFormService().getDeployedTaskForm(task.getId())).as("form of " + key).isNotNull();
        return task;
    }

    public void complete(ProcessInstance pi, String key, Map<String, Object> variables) {
        engine.getTaskService().complete(task(pi, key).getId(), variables);
    }

    public List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId).toList();
    }

    public List<Job> jobs(ProcessInstance pi) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).list();
    }

    /** Runs every job of the instance that exists now (async continuations, due or not yet due timers). */
    public void runJobs(ProcessInstance pi) {
        jobs(pi).forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }

    public ProcessInstance signed(String county, long investment, String commissioner) {
        ProcessInstance pi = start(LeadSamples.lead(county, investment));
        complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, county + "01"));
        complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        complete(pi, Element.APPOINT_COMMISSIONER, of(COMMISSIONER_ID, commissioner));
        complete(pi, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "AGREED"));
        for (String review : List.of(Element.REVIEW_NATURAL_RESOURCES, Element.REVIEW_ECOLOGY_ENVIRONMENT,
                Element.REVIEW_DEVELOPMENT_REFORM, Element.REVIEW_INDUSTRY_CHAIN)) {
            complete(pi, review, of(REVIEW_OPINION, "AGREE"));
        }
        runJobs(pi);
        complete(pi, Element.DECIDE_REVIEW, of(REVIEW_DECISION, "PASS"));
        complete(pi, Element.SIGN_AGREEMENT, LeadSamples.agreement());
        return pi;
    }

    /** Runs every executable job of every instance of the project until none is left. */
    public void runProjectJobs(ProcessInstance pi) {
        String code = code(pi);
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = new java.util.ArrayList<>();
            for (var instance : engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code)
                    .list()) {
                jobs.addAll(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                        .executable().list());
            }
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
        }
    }

    /** Completes every open task at {@code key} of the project (e.g. one per parallel approval item). */
    public int completeAll(ProcessInstance pi, String key, Map<String, Object> variables) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code(pi))
                .taskDefinitionKey(key).list();
        tasks.forEach(t -> engine.getTaskService().complete(t.getId(), variables));
        return tasks.size();
    }

    /** A stage the standard way: items confirmed as proposed, complete materials, accepted, approved. */
    public void approveStage(ProcessInstance pi) {
        complete(pi, GreenChannelProcess.Element.CONFIRM_ITEMS, of());
        runProjectJobs(pi);
        assertThat(completeAll(pi, GreenChannelProcess.Element.SUBMIT_APPLICATION,
                of(GreenChannelProcess.Var.MISSING_MATERIALS, ""))).as("items of the stage").isPositive();
        completeAll(pi, GreenChannelProcess.Element.ACCEPTANCE_CHECK, of(GreenChannelProcess.Var.ACCEPTANCE_RESULT, "ACCEPT"));
        completeAll(pi, GreenChannelProcess.Element.REVIEW_ITEM, of(GreenChannelProcess.Var.ITEM_DECISION, "APPROVE"));
        runProjectJobs(pi);
    }

    /** From signing to the first monthly report period: company, stages 1–3, land, construction start. */
    public void toConstruction(ProcessInstance pi) {
        complete(pi, Element.REGISTER_COMPANY, LeadSamples.company());
        approveStage(pi);
        complete(pi, Element.SUPPLY_LAND, LeadSamples.land());
        approveStage(pi);
        approveStage(pi);
        complete(pi, Element.RECORD_CONSTRUCTION_START, of(CONSTRUCTION_STARTED_ON, "2026-09-01"));
    }
}
