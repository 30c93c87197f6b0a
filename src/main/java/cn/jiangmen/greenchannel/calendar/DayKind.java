package cn.jiangmen.greenchannel.calendar;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;

/** How a date differs from the plain week; the lower-case code is what the table and the API carry. */
public enum DayKind {
    /** A day off, even on a weekday. */
    HOLIDAY("holiday"),
    /** A weekend day that is worked (调休上班). */
    WORKDAY("workday");

    private final String code;

    DayKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DayKind fromCode(String code) {
        for (DayKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new BusinessRuleViolation("GC-CAL-003",
                "日期类型只能是 holiday（放假）或 workday（调休上班），收到：" + code);
    }
}
