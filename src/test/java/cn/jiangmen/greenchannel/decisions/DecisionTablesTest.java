package cn.jiangmen.greenchannel.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.test.junit5.DmnEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The policy tables of bpmn/ row by row at their boundaries (domain.md §3, §10.18). */
@ExtendWith(DmnEngineExtension.class)
class DecisionTablesTest {

    private static DmnDecision parse(DmnEngine engine, String file, String decisionKey) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("bpmn", file))) {
            return engine.parseDecision(decisionKey, in);
        }
    }

    @ParameterizedTest(name = "{0} 万元 → {1}")
    @CsvSource({
        "1, GENERAL",
        "9999, GENERAL",
        "10000, LEDGER",
        "99999, LEDGER",
        "100000, MAJOR",
        "5000000, MAJOR",
    })
    void project_tier_by_planned_investment(long plannedInvestment, String tier, DmnEngine engine) throws Exception {
        DmnDecisionResult result = engine.evaluateDecision(parse(engine, "project-tier.dmn", "project-tier"),
                Variables.createVariables().putValue("plannedInvestment", plannedInvestment));
        assertThat(result).hasSize(1);
        assertThat((String) result.getSingleEntry()).isEqualTo(tier);
    }

    @ParameterizedTest(name = "{0} → ack {1}, judge {2}, feedback {3}, report {4}, warn at {5} with priority {6}")
    @CsvSource({
        "MAJOR, 1, 7, 7, 14, 0.8, 80",
        "LEDGER, 1, 3, 7, 14, 0.8, 80",
        "GENERAL, 1, 3, 0, 0, 0.8, 80",
    })
    void lead_deadlines_by_tier(String tier, int ack, int judge, int feedback, int report, double warningShare,
            int warningPriority, DmnEngine engine) throws Exception {
        DmnDecisionResult result = engine.evaluateDecision(parse(engine, "lead-deadlines.dmn", "lead-deadlines"),
                Variables.createVariables().putValue("tier", tier));
        assertThat(result).hasSize(1);
        Map<String, Object> row = result.getSingleResult().getEntryMap();
        assertThat(row).containsEntry("acknowledgeDays", ack).containsEntry("judgeDays", judge)
                .containsEntry("feedbackDays", feedback).containsEntry("reportIntervalDays", report)
                .containsEntry("warningShare", warningShare).containsEntry("warningPriority", warningPriority);
    }

    @Test
    void an_unknown_tier_matches_no_deadline_row() throws Exception {
        DmnEngine engine = org.camunda.bpm.dmn.engine.DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .buildEngine();
        DmnDecisionResult result = engine.evaluateDecision(parse(engine, "lead-deadlines.dmn", "lead-deadlines"),
                Variables.createVariables().putValue("tier", "UNKNOWN"));
        assertThat(result).isEmpty();
    }

    @ParameterizedTest(name = "产值 {0}, 税收 {1}, 就业 {2}, 重点链 {3} → {4}")
    @CsvSource({
        "1000, 50, 500, true, 100",
        "999.99, 49.99, 499, false, 50",
        "500, 20, 100, false, 50",
        "499.99, 19.99, 99, false, 20",
        "200, 10, 0, false, 20",
        "199.99, 9.99, 0, false, 0",
        "800, 40.5, 800, true, 75",
    })
    void land_priority_adds_the_points_of_every_matching_row(double outputPerMu, double taxPerMu, long jobs,
            boolean keyChain, int score, DmnEngine engine) throws Exception {
        DmnDecisionResult result = engine.evaluateDecision(parse(engine, "land-priority.dmn", "land-priority"),
                Variables.createVariables().putValue("committedOutputPerMu", outputPerMu)
                        .putValue("committedTaxPerMu", taxPerMu).putValue("expectedJobs", jobs)
                        .putValue("keyChain", keyChain));
        assertThat(((Number) result.getSingleEntry()).intValue()).isEqualTo(score);
    }

    @ParameterizedTest(name = "第{0}阶段 → {1} {2} {3}个工作日")
    @CsvSource({
        "1, 立项用地规划许可, dept-natural-resources, 20",
        "2, 工程建设许可, dept-natural-resources, 15",
        "3, 施工许可, dept-housing-construction, 10",
        "4, 竣工验收, dept-housing-construction, 10",
    })
    void stage_lead_department_and_limit(int stage, String name, String group, int days, DmnEngine engine)
            throws Exception {
        Map<String, Object> row = engine.evaluateDecision(parse(engine, "stage-lead.dmn", "stage-lead"),
                Variables.createVariables().putValue("stage", stage)).getSingleResult().getEntryMap();
        assertThat(row).containsEntry("stageName", name).containsEntry("stageLeadGroup", group)
                .containsEntry("stageLimitDays", days);
    }

    @ParameterizedTest(name = "{0} → 报告时限 {1}")
    @CsvSource({"MAJOR, 3", "LEDGER, 5", "GENERAL, 5"})
    void construction_report_due_days(String tier, int days, DmnEngine engine) throws Exception {
        DmnDecisionResult result = engine.evaluateDecision(
                parse(engine, "construction-reporting.dmn", "construction-reporting"),
                Variables.createVariables().putValue("tier", tier));
        assertThat((Integer) result.getSingleEntry()).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} → 投产后 {1} 个月复核")
    @CsvSource({"MAJOR, 36", "LEDGER, 24", "GENERAL, 12"})
    void output_evaluation_timing(String tier, int months, DmnEngine engine) throws Exception {
        Map<String, Object> row = engine.evaluateDecision(parse(engine, "output-evaluation.dmn", "output-evaluation"),
                Variables.createVariables().putValue("tier", tier)).getSingleResult().getEntryMap();
        assertThat(row).containsEntry("evaluationDelayMonths", months).containsEntry("evaluationDays", 20)
                .containsEntry("toleranceRatio", 1.0);
    }

    @ParameterizedTest(name = "信用 {0}, 可承诺 {1}, 选承诺 {2}, 可容缺 {3}, 齐全 {4}, 核心齐全 {5} → {6}")
    @CsvSource({
        "GOOD, true, true, true, false, false, COMMITMENT",
        "GOOD, false, true, true, false, true, TOLERANT",
        "GOOD, true, false, true, true, true, STANDARD",
        "GOOD, true, false, true, false, true, TOLERANT",
        "GOOD, true, false, false, false, true, STANDARD",
        "GOOD, true, false, true, false, false, STANDARD",
        "BAD, true, true, true, false, true, STANDARD",
        "BARRED, true, true, true, false, true, STANDARD",
    })
    void approval_mode_row_by_row(String credit, boolean commitmentAllowed, boolean choose, boolean tolerantAllowed,
            boolean allComplete, boolean coreComplete, String mode, DmnEngine engine) throws Exception {
        Map<String, Object> row = engine.evaluateDecision(parse(engine, "approval-mode.dmn", "approval-mode"),
                Variables.createVariables().putValue("creditStatus", credit).putValue("commitmentAllowed", commitmentAllowed)
                        .putValue("chooseCommitment", choose).putValue("tolerantAllowed", tolerantAllowed)
                        .putValue("allComplete", allComplete).putValue("coreComplete", coreComplete))
                .getFirstResult().getEntryMap();
        assertThat(row).containsEntry("mode", mode);
        assertThat((String) row.get("modeReason")).isNotBlank();
    }

    @ParameterizedTest(name = "{0}: {1} 个工作日, 承诺 {2}, 容缺 {3}")
    @CsvSource({
        "FILING, 3, true, false", "LAND_PREREVIEW, 7, true, true", "LAND_USE_PERMIT, 3, true, true",
        "ENERGY_REVIEW, 10, false, true", "EIA, 15, false, true", "DESIGN_REVIEW, 7, false, true",
        "PLANNING_PERMIT, 2, true, true", "FIRE_DESIGN, 10, false, true", "CONSTRUCTION_PERMIT, 3, true, true",
        "JOINT_ACCEPTANCE, 10, true, true", "COMPLETION_FILING, 1, true, true", "DISCHARGE_PERMIT, 10, true, true",
    })
    void item_rules_of_the_catalogue(String item, int days, boolean commitment, boolean tolerant, DmnEngine engine)
            throws Exception {
        Map<String, Object> row = engine.evaluateDecision(parse(engine, "item-rules.dmn", "item-rules"),
                Variables.createVariables().putValue("itemCode", item)).getSingleResult().getEntryMap();
        assertThat(row).containsEntry("promisedDays", days).containsEntry("commitmentAllowed", commitment)
                .containsEntry("tolerantAllowed", tolerant).containsEntry("verificationDays", 30)
                .containsEntry("barMonths", 6);
    }

    @ParameterizedTest(name = "第{0}阶段, 用地 {1} 亩, 制造业 {2} → {3}")
    @CsvSource(delimiter = ';', value = {
        "1; 120; true; FILING,LAND_PREREVIEW,LAND_USE_PERMIT,ENERGY_REVIEW,EIA",
        "1; 0; false; FILING",
        "2; 0.5; false; DESIGN_REVIEW,PLANNING_PERMIT",
        "2; 0; true; PLANNING_PERMIT",
        "3; 0; false; FIRE_DESIGN,CONSTRUCTION_PERMIT",
        "4; 10; true; JOINT_ACCEPTANCE,COMPLETION_FILING,DISCHARGE_PERMIT",
        "4; 10; false; JOINT_ACCEPTANCE,COMPLETION_FILING",
    })
    void approval_items_that_apply(int stage, double landArea, boolean manufacturing, String items, DmnEngine engine)
            throws Exception {
        DmnDecisionResult result = engine.evaluateDecision(parse(engine, "approval-items.dmn", "approval-items"),
                Variables.createVariables().putValue("stage", stage).putValue("landArea", landArea)
                        .putValue("manufacturing", manufacturing));
        assertThat(String.join(",", result.collectEntries("itemCode").stream().map(Object::toString).toList()))
                .isEqualTo(items);
    }

    @ParameterizedTest(name = "{0} → {1} 个工作日")
    @CsvSource({"UserTask_Negotiate, 20", "UserTask_AppointCommissioner, 2", "UserTask_ReviewNaturalResources, 5",
        "UserTask_SupplyLand, 20", "UserTask_TolerantAcceptance, 1", "UserTask_ReviewTransfer, 3",
        "UserTask_ReportLeadProgress, 3"})
    void task_time_limits(String task, int days, DmnEngine engine) throws Exception {
        assertThat((Integer) engine.evaluateDecision(parse(engine, "task-time-limits.dmn", "task-time-limits"),
                Variables.createVariables().putValue("taskKey", task)).getSingleEntry()).isEqualTo(days);
    }

    @Test
    void every_user_task_without_its_own_limit_has_a_row_in_task_time_limits() throws Exception {
        DmnEngine engine = org.camunda.bpm.dmn.engine.DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .buildEngine();
        DmnDecision limits = parse(engine, "task-time-limits.dmn", "task-time-limits");
        java.util.regex.Pattern due = java.util.regex.Pattern.compile("taskLimits\\.due\\('([A-Za-z0-9_]+)'\\)");
        try (var files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                String xml = Files.readString(file);
                java.util.regex.Matcher m = due.matcher(xml);
                while (m.find()) {
                    assertThat((Object) engine.evaluateDecision(limits, Variables.createVariables().putValue("taskKey", m.group(1)))
                            .getSingleEntry()).as(file + " " + m.group(1)).isNotNull();
                }
                java.util.regex.Matcher task = java.util.regex.Pattern.compile("<bpmn:userTask [^>]*>").matcher(xml);
                while (task.find()) {
                    assertThat(task.group()).as(file + " user task has a due date").contains("camunda:dueDate=");
                }
            }
        }
    }
}
