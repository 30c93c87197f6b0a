package cn.jiangmen.greenchannel.project;

import java.util.ArrayList;
import java.util.List;

/**
 * 达产复核 (domain.md §2): actual annual output and tax per 亩 and actual investment against the
 * agreement's commitments. A figure below commitment × tolerance is a shortfall; the tolerance
 * comes from the {@code output-evaluation} decision. The result is a finding, never a penalty.
 */
public record OutputEvaluation(
        double landArea,
        double outputPerMu,
        double taxPerMu,
        long actualInvestment,
        boolean outputShort,
        boolean taxShort,
        boolean investmentShort,
        String summary) {

    public boolean shortfall() {
        return outputShort || taxShort || investmentShort;
    }

    public static OutputEvaluation assess(double committedOutputPerMu, double committedTaxPerMu,
            long committedInvestment, double landArea, long actualAnnualOutput, long actualAnnualTax,
            long actualInvestment, double toleranceRatio) {
        boolean perMuApplies = landArea > 0;
        double outputPerMu = perMuApplies ? round2(actualAnnualOutput / landArea) : 0;
        double taxPerMu = perMuApplies ? round2(actualAnnualTax / landArea) : 0;
        boolean outputShort = perMuApplies && outputPerMu < committedOutputPerMu * toleranceRatio;
        boolean taxShort = perMuApplies && taxPerMu < committedTaxPerMu * toleranceRatio;
        boolean investmentShort = actualInvestment < committedInvestment * toleranceRatio;

        List<String> lines = new ArrayList<>();
        if (perMuApplies) {
            lines.add(line("亩均产值", outputPerMu, committedOutputPerMu, "万元/亩", outputShort));
            lines.add(line("亩均税收", taxPerMu, committedTaxPerMu, "万元/亩", taxShort));
        } else {
            lines.add("项目未新增用地，不考核亩均指标");
        }
        lines.add(line("实际投资", actualInvestment, committedInvestment, "万元", investmentShort));
        boolean shortfall = outputShort || taxShort || investmentShort;
        lines.add(shortfall ? "结论：未达到投资协议承诺，须作出违约处理决定" : "结论：达到投资协议承诺");
        return new OutputEvaluation(landArea, outputPerMu, taxPerMu, actualInvestment, outputShort, taxShort,
                investmentShort, String.join("；", lines));
    }

    private static String line(String label, double actual, double committed, String unit, boolean isShort) {
        return label + " " + fmt(actual) + unit + "（承诺 " + fmt(committed) + unit + "）" + (isShort ? "未达标" : "达标");
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(round2(d));
    }

    private static double round2(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
