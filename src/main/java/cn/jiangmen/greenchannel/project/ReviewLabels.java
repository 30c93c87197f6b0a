package cn.jiangmen.greenchannel.project;

import java.util.Map;

/** Chinese labels of review units and opinions for the decision form. */
final class ReviewLabels {

    private static final Map<String, String> UNITS = Map.of(
            "dept-natural-resources", "市自然资源局",
            "dept-ecology-environment", "市生态环境局",
            "dept-development-reform", "市发展改革局",
            "dept-industry-it", "市工业和信息化局");

    private static final Map<String, String> OPINIONS = Map.of(
            "AGREE", "同意",
            "AGREE_WITH_CONDITIONS", "有条件同意",
            "DISAGREE", "不同意");

    private ReviewLabels() {
    }

    static String unit(String unit) {
        return UNITS.getOrDefault(unit, unit.startsWith("chain-") ? "产业链牵头单位（" + unit.substring(6) + "）" : unit);
    }

    static String opinion(String opinion) {
        return OPINIONS.getOrDefault(opinion, opinion);
    }
}
