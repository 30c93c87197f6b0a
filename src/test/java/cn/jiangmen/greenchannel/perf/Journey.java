package cn.jiangmen.greenchannel.perf;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;

import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.lead.LeadFollowUpProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.LeadSamples;
import cn.jiangmen.greenchannel.transfer.TransferProcess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One project's way through the whole lifecycle as its approvers take it, as a list of actions a
 * driver (Java API or /engine-rest) carries out in order. Every n-th project goes through an
 * intra-city transfer at negotiation (the transfer's asyncAfter step runs on the job executor);
 * every project passes the asyncBefore join of the four review opinions and two timers (the next
 * report period and the output evaluation), whose due dates the driver moves to "now".
 */
public final class Journey {

    /** The seven county codes of greenchannel.county, in their usual order. */
    public static final List<String> COUNTIES =
            List.of("pengjiang", "jianghai", "xinhui", "taishan", "kaiping", "heshan", "enping");

    /** Start the project as {@code user}. */
    public record Start(String user, Map<String, Object> variables) implements Action {
    }

    /** Wait until the project has an open task at {@code taskKey} that {@code user} may work on, complete it. */
    public record Complete(String taskKey, String user, Map<String, Object> variables) implements Action {
    }

    /** The project's timer at {@code activityId} exists; make it due now so the job executor fires it. */
    public record DueTimer(String activityId) implements Action {
    }

    /**
     * Approval stage {@code number} (a called {@code green-channel-stage}): complete every open task of
     * the project's stage processes (whatever the stage model: one review by the lead department, or
     * items confirmed and worked in parallel) as a user of its candidate group or the candidate user,
     * until {@code number} stage instances of the project have ended.
     */
    public record Stage(int number) implements Action {
    }

    public sealed interface Action permits Start, Complete, DueTimer, Stage {
    }

    public static final String STAGE_PROCESS = "green-channel-stage";

    /** What a stage's tasks are completed with, by task key (the lead-department review and the item model). */
    public static final Map<String, Map<String, Object>> STAGE_TASKS = Map.of(
            "UserTask_ReviewStage", Map.of("stageDecision", "APPROVED"),
            "UserTask_ConfirmItems", Map.of(),
            "UserTask_SubmitApplication", Map.of("missingMaterials", ""),
            "UserTask_AcceptanceCheck", Map.of("acceptanceResult", "ACCEPT"),
            "UserTask_ReviewItem", Map.of("itemDecision", "APPROVE"));

    /** The user who works a candidate group's tasks (see {@link #users()}). */
    public static String userOf(String group) {
        if (group.startsWith("county-")) {
            return group.substring("county-".length()) + "02";
        }
        for (Map.Entry<String, List<String>> u : users().entrySet()) {
            if (u.getValue().contains(group)) {
                return u.getKey();
            }
        }
        return null;
    }

    public final int index;
    public final String county;
    /** The county the project moves to (== county when there is no transfer). */
    public final String finalCounty;
    public final boolean transfer;
    public final String projectName;
    public final List<Action> actions;

    private Journey(int index, boolean transfer) {
        this.index = index;
        this.county = COUNTIES.get(index % COUNTIES.size());
        this.transfer = transfer;
        this.finalCounty = transfer ? COUNTIES.get((index + 3) % COUNTIES.size()) : county;
        this.projectName = "性能基准项目-" + index;
        this.actions = build();
    }

    /** Project {@code index} of a batch; with {@code transferEvery} > 0 every such project is transferred. */
    public static Journey forProject(int index, int transferEvery) {
        return new Journey(index, transferEvery > 0 && index % transferEvery == transferEvery - 1);
    }

    /** Completions expected per task definition key (the history check compares against this). */
    public Map<String, Integer> expectedTaskCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Action a : actions) {
            if (a instanceof Complete c) {
                counts.merge(c.taskKey(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * Jobs the job executor runs for this journey: one per review branch arriving at the asyncBefore
     * join (4), the two timers, and the transfer's asyncAfter step.
     */
    public int jobs() {
        return 4 + 2 + (transfer ? 1 : 0);
    }

    public long completions() {
        return actions.stream().filter(a -> a instanceof Complete).count();
    }

    private List<Action> build() {
        List<Action> a = new ArrayList<>();
        String c01 = county + "01";
        String c02 = county + "02";
        Map<String, Object> lead = LeadSamples.lead(county, 30000);
        lead.put(PROJECT_NAME, projectName);
        a.add(new Start(c01, lead));
        a.add(new Complete(Element.ACKNOWLEDGE_LEAD, c01, of(LEAD_OWNER, c01)));
        a.add(new Complete(Element.JUDGE_LEAD, c01, of(JUDGEMENT, "PURSUE")));
        // a lead of 1亿元 or more owes the referrer feedback (lead-follow-up, domain.md §10.18)
        a.add(new Complete(LeadFollowUpProcess.Element.GIVE_FEEDBACK, c01, of(
                LeadFollowUpProcess.Var.FEEDBACK_CONTENT, "已确认继续跟进，专员对接中",
                LeadFollowUpProcess.Var.FEEDBACK_CHANNEL, "PHONE",
                LeadFollowUpProcess.Var.FEEDBACK_DATE, java.time.LocalDate.now(Zones.CHINA).toString())));
        a.add(new Complete(Element.APPOINT_COMMISSIONER, c01, of(COMMISSIONER_ID, c02)));
        String owner01 = c01;
        String owner02 = c02;
        if (transfer) {
            a.add(new Complete(Element.NEGOTIATE, c02, of(NEGOTIATION_OUTCOME, "TRANSFER_REQUESTED",
                    NEGOTIATION_REASON, "本区工业用地指标不足", TRANSFER_REASON_CATEGORY, "LAND")));
            // appears once the transfer's asyncAfter step (pause the lifecycle) has run on a job executor
            a.add(new Complete(TransferProcess.Element.REVIEW_TRANSFER, "zhongxin01",
                    of(TransferProcess.Var.REVIEW_DECISION, TransferProcess.PROPOSE,
                            TransferProcess.Var.RECEIVING_COUNTIES, finalCounty)));
            owner01 = finalCounty + "01";
            owner02 = finalCounty + "02";
            a.add(new Complete(TransferProcess.Element.ANSWER_OFFER, owner01,
                    of(TransferProcess.Var.OFFER_ANSWER, TransferProcess.ACCEPT,
                            TransferProcess.Var.NEW_COMMISSIONER_ID, owner02)));
        }
        a.add(new Complete(Element.NEGOTIATE, owner02, of(NEGOTIATION_OUTCOME, "AGREED")));
        a.add(new Complete(Element.REVIEW_NATURAL_RESOURCES, "ziran01", of(REVIEW_OPINION, "AGREE")));
        a.add(new Complete(Element.REVIEW_ECOLOGY_ENVIRONMENT, "shengtai01", of(REVIEW_OPINION, "AGREE")));
        a.add(new Complete(Element.REVIEW_DEVELOPMENT_REFORM, "fagai01", of(REVIEW_OPINION, "AGREE")));
        a.add(new Complete(Element.REVIEW_INDUSTRY_CHAIN, "lian09", of(REVIEW_OPINION, "AGREE")));
        // appears once the asyncBefore join has run on a job executor
        a.add(new Complete(Element.DECIDE_REVIEW, owner01, of(REVIEW_DECISION, "PASS")));
        a.add(new Complete(Element.SIGN_AGREEMENT, owner02, LeadSamples.agreement()));
        a.add(new Complete(Element.REGISTER_COMPANY, "shijian01", LeadSamples.company()));
        a.add(new Stage(1));
        a.add(new Complete(Element.SUPPLY_LAND, "ziran01", LeadSamples.land()));
        a.add(new Stage(2));
        a.add(new Stage(3));
        a.add(new Complete(Element.RECORD_CONSTRUCTION_START, owner02, of(CONSTRUCTION_STARTED_ON, "2026-09-01")));
        a.add(new DueTimer(Element.NEXT_REPORT_PERIOD));
        a.add(new Complete(Element.REPORT_PROGRESS, owner02, of(PROGRESS_PERCENT, 100, INVESTMENT_TO_DATE, 150000,
                PROGRESS_NOTE, "竣工", CONSTRUCTION_COMPLETED, true, COMPLETED_ON, "2026-12-20")));
        a.add(new Stage(4));
        a.add(new Complete(Element.RECORD_PRODUCTION, owner02, of(PRODUCTION_STARTED_ON, "2027-03-01",
                ACTUAL_INVESTMENT, 152000)));
        a.add(new DueTimer(Element.EVALUATION_DUE));
        a.add(new Complete(Element.EVALUATE_OUTPUT, owner01, of(ACTUAL_ANNUAL_OUTPUT, 100000, ACTUAL_ANNUAL_TAX, 5000,
                ACTUAL_INVESTMENT, 152000)));
        return List.copyOf(a);
    }

    /** Every user a batch of journeys needs, with the groups it belongs to (postgres mode has no demo users). */
    public static Map<String, List<String>> users() {
        Map<String, List<String>> users = new LinkedHashMap<>();
        for (String county : COUNTIES) {
            users.put(county + "01", List.of("county-" + county));
            users.put(county + "02", List.of("county-" + county));
        }
        users.put("zhongxin01", List.of("city-investment-centre"));
        users.put("ziran01", List.of("dept-natural-resources"));
        users.put("shengtai01", List.of("dept-ecology-environment"));
        users.put("fagai01", List.of("dept-development-reform"));
        users.put("zhujian01", List.of("dept-housing-construction"));
        users.put("shijian01", List.of("dept-market-regulation"));
        users.put("lian09", List.of("chain-nev-battery"));
        users.put("gongxin01", List.of("dept-industry-it"));
        users.put("shangwu01", List.of("dept-commerce"));
        return users;
    }

    /** Milestones every journey ends with (greenchannel.milestone). */
    public static final List<String> MILESTONES = List.of("LEAD_REGISTERED", "LEAD_ACKNOWLEDGED", "LEAD_JUDGED",
            "COMMISSIONER_APPOINTED", "NEGOTIATION_AGREED", "REVIEW_DECIDED", "SIGNED", "REGISTERED",
            "STAGE1_APPROVED", "LAND_SUPPLIED", "STAGE2_APPROVED", "STAGE3_APPROVED", "CONSTRUCTION_STARTED",
            "COMPLETED", "STAGE4_APPROVED", "IN_PRODUCTION", "EVALUATED");
}
