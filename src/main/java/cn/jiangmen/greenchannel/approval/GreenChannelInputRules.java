package cn.jiangmen.greenchannel.approval;

import static cn.jiangmen.greenchannel.approval.GreenChannelProcess.Var.*;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Inputs;
import cn.jiangmen.greenchannel.common.Zones;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Server-side checks of the green channel's task forms (domain.md §4); plain Java over the catalogue. */
public class GreenChannelInputRules {

    private static final int NOTE_MAX = 1000;

    private final ApprovalCatalogue catalogue;

    public GreenChannelInputRules(ApprovalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Map<String, Object> check(String taskKey, Inputs in) {
        Map<String, Object> v = new HashMap<>();
        switch (taskKey) {
            case GreenChannelProcess.Element.CONFIRM_ITEMS -> v.put(CONFIRMED_ITEMS, catalogue.confirm(
                    (String) in.raw(CONFIRMED_ITEMS), ((Number) in.raw(StageProcess.Var.STAGE)).intValue()));
            case GreenChannelProcess.Element.SUBMIT_APPLICATION -> application(in, v);
            case GreenChannelProcess.Element.ACCEPTANCE_CHECK -> choice(in, v, ACCEPTANCE_RESULT, "受理意见",
                    List.of("ACCEPT", "CORRECTION"), "ACCEPT", CORRECTION_NOTICE, "一次性告知补正内容");
            case GreenChannelProcess.Element.SUBMIT_CORRECTION ->
                    v.put(CORRECTION_NOTE, in.text(CORRECTION_NOTE, "补正说明", NOTE_MAX));
            case GreenChannelProcess.Element.TOLERANT_ACCEPTANCE -> {
                LocalDate deadline = in.date(SUPPLEMENT_DEADLINE, "补交期限");
                LocalDate due = in.date(ITEM_DUE_DATE, "承诺办结时限");
                if (deadline.isAfter(due)) {
                    throw new BusinessRuleViolation("GC-GC-423", "补交期限不得晚于本事项承诺办结时限（" + due + "）");
                }
                Inputs.requireNotBefore(deadline, "补交期限", Zones.today(), "今天");
                v.put(SUPPLEMENT_DEADLINE, deadline.toString());
                v.put(TOLERANCE_NOTICE, in.text(TOLERANCE_NOTICE, "容缺补交告知", NOTE_MAX));
            }
            case GreenChannelProcess.Element.REVIEW_ITEM, GreenChannelProcess.Element.DECIDE_ON_COMMITMENT ->
                    choice(in, v, ITEM_DECISION, "审批决定", List.of("APPROVE", "REJECT"), "APPROVE",
                            ITEM_DECISION_REASON, "不予许可的理由");
            case GreenChannelProcess.Element.VERIFY_COMMITMENT -> {
                choice(in, v, VERIFICATION_RESULT, "核查结论", List.of("PASS", "FAIL"), "PASS",
                        VERIFICATION_FINDINGS, "核查发现的问题");
                if ("FAIL".equals(v.get(VERIFICATION_RESULT))) {
                    LocalDate deadline = in.date(RECTIFICATION_DEADLINE, "整改期限");
                    Inputs.requireNotBefore(deadline, "整改期限", Zones.today(), "今天");
                    v.put(RECTIFICATION_DEADLINE, deadline.toString());
                }
            }
            case GreenChannelProcess.Element.CHECK_RECTIFICATION -> {
                v.put(RECTIFICATION_RESULT, in.code(RECTIFICATION_RESULT, "整改核查结论",
                        List.of("RECTIFIED", "NOT_RECTIFIED")));
                v.put(RECTIFICATION_NOTE, in.text(RECTIFICATION_NOTE, "整改核查说明", NOTE_MAX));
            }
            case GreenChannelProcess.Element.SUBMIT_SUPPLEMENT ->
                    v.put(SUPPLEMENT_NOTE, in.text(SUPPLEMENT_NOTE, "补交材料说明", NOTE_MAX));
            case GreenChannelProcess.Element.CHECK_SUPPLEMENT -> choice(in, v, SUPPLEMENT_RESULT, "核验结论",
                    List.of("ACCEPT", "REJECT"), "ACCEPT", SUPPLEMENT_CHECK_NOTE, "材料不合格的理由");
            default -> {
            }
        }
        return v;
    }

    /** Materials still missing decide the mode; a commitment needs the item's consent, good credit and a signature. */
    private void application(Inputs in, Map<String, Object> v) {
        String itemCode = (String) in.raw(ITEM_CODE);
        List<ApprovalCatalogue.Material> missing = catalogue.missing(itemCode, (String) in.raw(MISSING_MATERIALS));
        boolean choose = in.raw(CHOOSE_COMMITMENT) != null && in.flag(CHOOSE_COMMITMENT, "申请适用告知承诺制");
        if (choose) {
            if (!Boolean.TRUE.equals(in.raw(COMMITMENT_ALLOWED))) {
                throw new BusinessRuleViolation("GC-GC-422", "本事项不适用告知承诺制");
            }
            if (!CreditService.GOOD.equals(in.raw(CREDIT_STATUS))) {
                throw new BusinessRuleViolation("GC-GC-403",
                        "申请人存在失信记录或处于告知承诺禁入期，不得适用告知承诺制，请按一般程序申报");
            }
            if (in.raw(COMMITMENT_SIGNED) == null || !in.flag(COMMITMENT_SIGNED, "签署告知承诺书")) {
                throw new BusinessRuleViolation("GC-IN-001", "适用告知承诺制须签署告知承诺书");
            }
        }
        v.put(MISSING_MATERIALS, missing.stream().map(ApprovalCatalogue.Material::code).collect(Collectors.joining(",")));
        v.put(CHOOSE_COMMITMENT, choose);
        v.put(COMMITMENT_SIGNED, choose);
        v.put(ALL_COMPLETE, missing.isEmpty());
        v.put(CORE_COMPLETE, missing.stream().noneMatch(ApprovalCatalogue.Material::core));
    }

    private static void choice(Inputs in, Map<String, Object> v, String key, String label, List<String> allowed,
            String noReasonNeeded, String reasonKey, String reasonLabel) {
        String value = in.code(key, label, allowed);
        v.put(key, value);
        String reason = in.optionalText(reasonKey, reasonLabel, NOTE_MAX);
        if (!value.equals(noReasonNeeded) && reason == null) {
            throw new BusinessRuleViolation(Inputs.MISSING, "请填写“" + reasonLabel + "”");
        }
        v.put(reasonKey, reason == null ? "" : reason);
    }
}
