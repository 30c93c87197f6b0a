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

    @ParameterizedTest(name = "{0} → ack {1}, judge {2}, feedback {3}, report {4}")
    @CsvSource({
        "MAJOR, 1, 7, 7, 14",
        "LEDGER, 1, 3, 7, 14",
        "GENERAL, 1, 3, 0, 0",
    })
    void lead_deadlines_by_tier(String tier, int ack, int judge, int feedback, int report, DmnEngine engine)
            throws Exception {
        DmnDecisionResult result = engine.evaluateDecision(parse(engine, "lead-deadlines.dmn", "lead-deadlines"),
                Variables.createVariables().putValue("tier", tier));
        assertThat(result).hasSize(1);
        Map<String, Object> row = result.getSingleResult().getEntryMap();
        assertThat(row).containsEntry("acknowledgeDays", ack).containsEntry("judgeDays", judge)
                .containsEntry("feedbackDays", feedback).containsEntry("reportIntervalDays", report);
    }

    @Test
    void an_unknown_tier_matches_no_deadline_row() throws Exception {
        DmnEngine engine = org.camunda.bpm.dmn.engine.DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .buildEngine();
        DmnDecisionResult result = engine.evaluateDecision(parse(engine, "lead-deadlines.dmn", "lead-deadlines"),
                Variables.createVariables().putValue("tier", "UNKNOWN"));
        assertThat(result).isEmpty();
    }
}
