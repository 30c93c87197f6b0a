package cn.jiangmen.greenchannel.lead;

import static cn.jiangmen.greenchannel.lead.LeadFollowUpProcess.Var.*;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Inputs;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Server-side checks of what the lead follow-up forms submit (forms check only in the browser).
 * Plain Java: returns the normalised values, or throws {@link BusinessRuleViolation}.
 */
public final class LeadFollowUpInputRules {

    /** How the referrer was told (反馈方式). */
    public static final List<String> FEEDBACK_CHANNELS = List.of("PHONE", "MEETING", "LETTER", "EMAIL", "MESSAGE",
            "OTHER");
    static final int CONTENT_MAX = 1000;
    static final int NEXT_STEP_MAX = 500;
    /** A date that lies after today where only a past or present date makes sense. */
    public static final String DATE_IN_FUTURE = "GC-IN-011";

    private LeadFollowUpInputRules() {
    }

    /** 向推荐方反馈: content, channel, date (not after today, not before the lead was registered). */
    public static LeadFeedback feedback(Inputs in, LocalDate registeredOn, LocalDate today) {
        String content = in.text(FEEDBACK_CONTENT, "反馈内容", CONTENT_MAX);
        String channel = in.code(FEEDBACK_CHANNEL, "反馈方式", FEEDBACK_CHANNELS);
        LocalDate date = in.date(FEEDBACK_DATE, "反馈日期");
        if (date.isAfter(today)) {
            throw new BusinessRuleViolation(DATE_IN_FUTURE, "“反馈日期”不能晚于今天（" + today + "）");
        }
        if (registeredOn != null) {
            Inputs.requireNotBefore(date, "反馈日期", registeredOn, "线索登记日期（" + registeredOn + "）");
        }
        return new LeadFeedback(content, channel, date);
    }

    /** 线索跟进进展报告: summary, next step, optional expected signing date (not before today). */
    public static LeadProgressReport report(Inputs in, LocalDate today) {
        String summary = in.text(PROGRESS_SUMMARY, "进展情况", CONTENT_MAX);
        String nextStep = in.text(NEXT_STEP, "下一步工作", NEXT_STEP_MAX);
        Object rawDate = in.raw(EXPECTED_SIGNING_DATE);
        LocalDate expected = null;
        if (rawDate != null && !(rawDate instanceof String s && s.isBlank())) {
            expected = in.date(EXPECTED_SIGNING_DATE, "预计签约日期");
            Inputs.requireNotBefore(expected, "预计签约日期", today, "今天（" + today + "）");
        }
        return new LeadProgressReport(summary, nextStep, expected);
    }

    /** The normalised form values to write back, keyed as the contract names them. */
    public static Map<String, Object> variables(LeadFeedback f) {
        return Map.of(FEEDBACK_CONTENT, f.content(), FEEDBACK_CHANNEL, f.channel(),
                FEEDBACK_DATE, f.fedBackOn().toString());
    }

    public static Map<String, Object> variables(LeadProgressReport r) {
        Map<String, Object> v = new HashMap<>();
        v.put(PROGRESS_SUMMARY, r.summary());
        v.put(NEXT_STEP, r.nextStep());
        v.put(EXPECTED_SIGNING_DATE, r.expectedSigningOn() == null ? "" : r.expectedSigningOn().toString());
        return v;
    }
}
