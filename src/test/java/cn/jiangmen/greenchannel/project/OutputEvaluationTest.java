package cn.jiangmen.greenchannel.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputEvaluationTest {

    @Test
    void a_project_that_meets_every_commitment_is_not_short() {
        OutputEvaluation e = OutputEvaluation.assess(800, 40, 150000, 100, 80000, 4000, 150000, 1.0);
        assertThat(e.outputPerMu()).isEqualTo(800.0);
        assertThat(e.shortfall()).isFalse();
        assertThat(e.summary()).endsWith("结论：达到投资协议承诺");
    }

    @Test
    void one_yuan_below_a_commitment_is_a_shortfall_at_full_tolerance() {
        OutputEvaluation e = OutputEvaluation.assess(800, 40, 150000, 100, 79999, 4000, 150000, 1.0);
        assertThat(e.outputShort()).isTrue();
        assertThat(e.taxShort()).isFalse();
        assertThat(e.investmentShort()).isFalse();
        assertThat(e.summary()).contains("亩均产值 799.99万元/亩（承诺 800万元/亩）未达标");
    }

    @Test
    void the_tolerance_ratio_of_the_decision_lowers_the_bar() {
        OutputEvaluation atNinety = OutputEvaluation.assess(800, 40, 150000, 100, 72000, 3600, 135000, 0.9);
        assertThat(atNinety.shortfall()).isFalse();
        OutputEvaluation below = OutputEvaluation.assess(800, 40, 150000, 100, 72000, 3600, 134999, 0.9);
        assertThat(below.investmentShort()).isTrue();
    }

    @Test
    void without_new_land_only_the_investment_is_judged() {
        OutputEvaluation e = OutputEvaluation.assess(800, 40, 150000, 0, 0, 0, 150000, 1.0);
        assertThat(e.shortfall()).isFalse();
        assertThat(e.summary()).contains("不考核亩均指标");
    }
}
