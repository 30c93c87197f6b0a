package cn.jiangmen.greenchannel.lifecycle;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Inputs;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Outcome;
import cn.jiangmen.greenchannel.project.AgreementCommitments;
import cn.jiangmen.greenchannel.project.CreditCode;
import cn.jiangmen.greenchannel.project.LeadRegistration;
import cn.jiangmen.greenchannel.transfer.TransferRules;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Server-side checks of what the lifecycle's forms submit (the forms check only in the browser).
 * Plain Java: it returns the normalised values to write back, or throws {@link BusinessRuleViolation}.
 */
public class LifecycleInputRules {

    public static final Set<String> INVESTOR_ORIGINS = Set.of("DOMESTIC", "HMT", "FOREIGN", "OVERSEAS_CHINESE");
    public static final Set<String> REFERRAL_CHANNELS = Set.of("BUSINESS_REFERRAL", "AGENCY", "EXPO", "VISIT",
            "GOVERNMENT", "OTHER");
    static final long MAX_INVESTMENT = 100_000_000L;
    static final double MAX_AREA = 100_000d;
    static final int NAME_MAX = 100;
    static final int REASON_MAX = 500;
    static final int COMMENT_MAX = 1000;
    static final String UNKNOWN_USER = "GC-IN-008";
    public static final Set<String> LAND_SUPPLY_METHODS = Set.of("LISTING", "AUCTION", "TENDER", "AGREEMENT", "LEASE");
    private static final java.util.regex.Pattern NATIONAL_PROJECT_CODE_SHAPE =
            java.util.regex.Pattern.compile("^\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$");
    static final String BAD_CREDIT_CODE = "GC-IN-007";

    private final Collection<String> countyCodes;
    private final Collection<String> chainCodes;
    private final Predicate<String> userExists;
    private final BiPredicate<String, String> isMember;

    public LifecycleInputRules(Collection<String> countyCodes, Collection<String> chainCodes,
            Predicate<String> userExists, BiPredicate<String, String> isMember) {
        this.countyCodes = countyCodes;
        this.chainCodes = chainCodes;
        this.userExists = userExists;
        this.isMember = isMember;
    }

    public LeadRegistration registration(Inputs in) {
        return new LeadRegistration(
                in.text(PROJECT_NAME, "项目名称", NAME_MAX),
                in.text(INVESTOR_NAME, "投资方名称", NAME_MAX),
                in.code(INVESTOR_ORIGIN, "投资方来源", INVESTOR_ORIGINS),
                in.code(CHAIN_CODE, "所属产业链", chainCodes),
                in.flag(MANUFACTURING, "是否制造业项目"),
                in.wholeNumber(PLANNED_INVESTMENT, "计划投资额（万元）", 1, MAX_INVESTMENT),
                in.decimal(LAND_AREA, "用地需求（亩）", 0, MAX_AREA),
                in.wholeNumber(EXPECTED_OUTPUT, "预计年产值（万元）", 0, MAX_INVESTMENT * 10),
                in.wholeNumber(EXPECTED_TAX, "预计年税收（万元）", 0, MAX_INVESTMENT),
                in.wholeNumber(EXPECTED_JOBS, "预计就业人数", 0, 1_000_000),
                in.code(TARGET_COUNTY, "意向落地县（市、区）", countyCodes),
                in.code(REFERRAL_CHANNEL, "线索来源渠道", REFERRAL_CHANNELS),
                in.optionalText(REFERRER_NAME, "推荐人/来源单位", NAME_MAX));
    }

    /** Normalised variables of one task's submission, keyed as the contract names them. */
    public Map<String, Object> taskSubmission(String taskKey, Inputs in, String ownerCountyGroup, String investorOrigin) {
        return switch (taskKey) {
            case LifecycleProcess.Element.ACKNOWLEDGE_LEAD -> Map.of(
                    LEAD_OWNER, existingUser(in, LEAD_OWNER, "线索负责人"),
                    ACKNOWLEDGE_NOTE, orEmpty(in.optionalText(ACKNOWLEDGE_NOTE, "确认说明", REASON_MAX)));
            case LifecycleProcess.Element.JUDGE_LEAD -> withReason(in, JUDGEMENT, "研判结论",
                    List.of(Outcome.PURSUE, Outcome.DROP), Outcome.PURSUE, JUDGEMENT_REASON, "放弃原因", REASON_MAX);
            case LifecycleProcess.Element.APPOINT_COMMISSIONER -> Map.of(
                    COMMISSIONER_ID, commissioner(in, ownerCountyGroup),
                    COMMISSIONER_NOTE, orEmpty(in.optionalText(COMMISSIONER_NOTE, "备注", REASON_MAX)));
            case LifecycleProcess.Element.NEGOTIATE -> negotiation(in);
            case LifecycleProcess.Element.REVIEW_NATURAL_RESOURCES, LifecycleProcess.Element.REVIEW_ECOLOGY_ENVIRONMENT,
                    LifecycleProcess.Element.REVIEW_DEVELOPMENT_REFORM, LifecycleProcess.Element.REVIEW_INDUSTRY_CHAIN ->
                    withReason(in, REVIEW_OPINION, "评审意见",
                            List.of(Outcome.AGREE, Outcome.AGREE_WITH_CONDITIONS, Outcome.DISAGREE), Outcome.AGREE,
                            REVIEW_COMMENT, "意见说明", COMMENT_MAX);
            case LifecycleProcess.Element.DECIDE_REVIEW -> withReason(in, REVIEW_DECISION, "评审决定",
                    List.of(Outcome.PASS, Outcome.PASS_WITH_CONDITIONS, Outcome.NOT_INTRODUCED), Outcome.PASS,
                    REVIEW_DECISION_REASON, "条件或理由", REASON_MAX);
            case LifecycleProcess.Element.SIGN_AGREEMENT -> agreementVariables(agreement(in, investorOrigin));
            case LifecycleProcess.Element.REGISTER_COMPANY -> company(in);
            case LifecycleProcess.Element.DECIDE_AFTER_REVOCATION -> withReason(in, REVOCATION_DECISION, "处理决定",
                    List.of("APPLY_AGAIN", "SUSPEND", "STOP"), "", REVOCATION_DECISION_REASON, "决定理由", REASON_MAX);
            case LifecycleProcess.Element.RESUME_SUSPENDED -> withReason(in, RESUME_DECISION, "恢复或终止",
                    List.of("RESUME", "STOP"), "", RESUME_DECISION_REASON, "决定理由", REASON_MAX);
            case LifecycleProcess.Element.SUPPLY_LAND -> land(in);
            case LifecycleProcess.Element.RECORD_CONSTRUCTION_START -> Map.of(CONSTRUCTION_STARTED_ON,
                    dateNotBefore(in, CONSTRUCTION_STARTED_ON, "开工日期", LAND_SUPPLIED_ON, "供地日期").toString());
            case LifecycleProcess.Element.REPORT_PROGRESS -> progress(in);
            case LifecycleProcess.Element.RECORD_PRODUCTION -> Map.of(
                    PRODUCTION_STARTED_ON,
                    dateNotBefore(in, PRODUCTION_STARTED_ON, "投产日期", COMPLETED_ON, "竣工日期").toString(),
                    ACTUAL_INVESTMENT, in.wholeNumber(ACTUAL_INVESTMENT, "实际完成投资（万元）", 1, MAX_INVESTMENT));
            case LifecycleProcess.Element.EVALUATE_OUTPUT -> Map.of(
                    ACTUAL_ANNUAL_OUTPUT, in.wholeNumber(ACTUAL_ANNUAL_OUTPUT, "实际年产值（万元）", 0, MAX_INVESTMENT * 10),
                    ACTUAL_ANNUAL_TAX, in.wholeNumber(ACTUAL_ANNUAL_TAX, "实际年税收（万元）", 0, MAX_INVESTMENT),
                    ACTUAL_INVESTMENT, in.wholeNumber(ACTUAL_INVESTMENT, "实际完成投资（万元）", 0, MAX_INVESTMENT),
                    EVALUATION_NOTE, orEmpty(in.optionalText(EVALUATION_NOTE, "复核说明", COMMENT_MAX)));
            case LifecycleProcess.Element.DECIDE_BREACH_RECOVERY -> Map.of(
                    RECTIFICATION_MONTHS, (int) in.wholeNumber(RECTIFICATION_MONTHS, "整改期限（月）", 0, 36),
                    LIQUIDATED_DAMAGES, in.decimal(LIQUIDATED_DAMAGES, "违约金（万元）", 0, MAX_INVESTMENT),
                    INCENTIVE_REFUND, in.decimal(INCENTIVE_REFUND, "退还奖励（万元）", 0, MAX_INVESTMENT),
                    LAND_RECOVERY, flagOrFalse(in, LAND_RECOVERY, "收回土地"),
                    BREACH_DECISION_REASON, in.text(BREACH_DECISION_REASON, "处理决定及理由", COMMENT_MAX));
            default -> taskKey.startsWith(LifecycleProcess.Element.REVISE_STAGE_PREFIX)
                    ? Map.of(REVISION_NOTE, in.text(REVISION_NOTE, "补正说明", REASON_MAX))
                    : Map.of();
        };
    }

    public AgreementCommitments agreement(Inputs in, String investorOrigin) {
        LocalDate signedOn = in.date(SIGNED_ON, "签约日期");
        LocalDate registration = in.date(PLANNED_REGISTRATION_DATE, "计划注册日期");
        LocalDate start = in.date(PLANNED_START_DATE, "计划开工日期");
        LocalDate production = in.date(PLANNED_PRODUCTION_DATE, "计划投产日期");
        Inputs.requireNotBefore(registration, "计划注册日期", signedOn, "签约日期");
        Inputs.requireNotBefore(start, "计划开工日期", registration, "计划注册日期");
        Inputs.requireNotBefore(production, "计划投产日期", start, "计划开工日期");
        String creditCode = in.optionalText(INVESTOR_CREDIT_CODE, "投资方统一社会信用代码", 18);
        if (creditCode == null && "DOMESTIC".equals(investorOrigin)) {
            throw new BusinessRuleViolation(Inputs.MISSING, "境内投资方须填写“投资方统一社会信用代码”");
        }
        if (creditCode != null && !CreditCode.isValid(creditCode.toUpperCase())) {
            throw new BusinessRuleViolation(BAD_CREDIT_CODE, "“投资方统一社会信用代码”无效，请核对18位代码及校验位");
        }
        return new AgreementCommitments(signedOn,
                in.wholeNumber(AGREED_INVESTMENT, "协议投资额（万元）", 1, MAX_INVESTMENT),
                in.decimal(AGREED_LAND_AREA, "协议用地面积（亩）", 0, MAX_AREA),
                registration, start, production,
                in.decimal(COMMITTED_OUTPUT_PER_MU, "承诺亩均产值（万元/亩）", 0, 1_000_000),
                in.decimal(COMMITTED_TAX_PER_MU, "承诺亩均税收（万元/亩）", 0, 1_000_000),
                creditCode == null ? null : creditCode.toUpperCase());
    }

    private Map<String, Object> negotiation(Inputs in) {
        Map<String, Object> values = new java.util.HashMap<>(withReason(in, NEGOTIATION_OUTCOME, "洽谈结果",
                List.of(Outcome.AGREED, Outcome.TRANSFER_REQUESTED, Outcome.ABANDONED), Outcome.AGREED,
                NEGOTIATION_REASON, "原因说明", REASON_MAX));
        if (Outcome.TRANSFER_REQUESTED.equals(values.get(NEGOTIATION_OUTCOME))) {
            values.put(TRANSFER_REASON_CATEGORY,
                    in.code(TRANSFER_REASON_CATEGORY, "流转原因类别", TransferRules.REASON_CATEGORIES));
        }
        return values;
    }

    private static Map<String, Object> company(Inputs in) {
        String creditCode = in.text(COMPANY_CREDIT_CODE, "项目公司统一社会信用代码", 18).toUpperCase();
        if (!CreditCode.isValid(creditCode)) {
            throw new BusinessRuleViolation(BAD_CREDIT_CODE, "“项目公司统一社会信用代码”无效，请核对18位代码及校验位");
        }
        String nationalCode = in.text(NATIONAL_PROJECT_CODE, "统一项目代码", 32);
        if (!NATIONAL_PROJECT_CODE_SHAPE.matcher(nationalCode).matches()) {
            throw new BusinessRuleViolation("GC-IN-010", "“统一项目代码”格式应为 年份-6位行政区划-2位-2位-6位流水号，"
                    + "如 2026-440703-38-03-012345");
        }
        return Map.of(
                COMPANY_REGISTERED_ON, dateNotBefore(in, COMPANY_REGISTERED_ON, "企业注册日期", SIGNED_ON, "签约日期")
                        .toString(),
                COMPANY_NAME, in.text(COMPANY_NAME, "项目公司名称", NAME_MAX),
                COMPANY_CREDIT_CODE, creditCode,
                NATIONAL_PROJECT_CODE, nationalCode);
    }

    private static Map<String, Object> land(Inputs in) {
        return Map.of(
                LAND_SUPPLIED_ON, dateNotBefore(in, LAND_SUPPLIED_ON, "供地日期", COMPANY_REGISTERED_ON, "企业注册日期")
                        .toString(),
                SUPPLIED_LAND_AREA, in.decimal(SUPPLIED_LAND_AREA, "供地面积（亩）", 0, MAX_AREA),
                LAND_SUPPLY_METHOD, in.code(LAND_SUPPLY_METHOD, "供地方式", LAND_SUPPLY_METHODS),
                LAND_CONTRACT_NO, in.text(LAND_CONTRACT_NO, "土地出让合同编号", 64));
    }

    private static Map<String, Object> progress(Inputs in) {
        boolean completed = flagOrFalse(in, CONSTRUCTION_COMPLETED, "已竣工");
        Map<String, Object> values = new java.util.HashMap<>(Map.of(
                PROGRESS_PERCENT, (int) in.wholeNumber(PROGRESS_PERCENT, "形象进度（%）", 0, 100),
                INVESTMENT_TO_DATE, in.wholeNumber(INVESTMENT_TO_DATE, "累计完成投资（万元）", 0, MAX_INVESTMENT),
                PROGRESS_NOTE, in.text(PROGRESS_NOTE, "进展及存在问题", COMMENT_MAX),
                CONSTRUCTION_COMPLETED, completed));
        if (completed) {
            values.put(COMPLETED_ON,
                    dateNotBefore(in, COMPLETED_ON, "竣工日期", CONSTRUCTION_STARTED_ON, "开工日期").toString());
        }
        return values;
    }

    /** A required date that may not lie before an earlier milestone's date (when that one is recorded). */
    private static LocalDate dateNotBefore(Inputs in, String key, String label, String earlierKey, String earlierLabel) {
        LocalDate date = in.date(key, label);
        Object earlier = in.raw(earlierKey);
        if (earlier != null && !earlier.toString().isBlank()) {
            Inputs.requireNotBefore(date, label, in.date(earlierKey, earlierLabel), earlierLabel);
        }
        return date;
    }

    private static boolean flagOrFalse(Inputs in, String key, String label) {
        return in.raw(key) != null && in.flag(key, label);
    }

    private static Map<String, Object> agreementVariables(AgreementCommitments a) {
        return Map.of(
                SIGNED_ON, a.signedOn().toString(),
                AGREED_INVESTMENT, a.investmentAmount(),
                AGREED_LAND_AREA, a.landArea(),
                PLANNED_REGISTRATION_DATE, a.plannedRegistrationDate().toString(),
                PLANNED_START_DATE, a.plannedStartDate().toString(),
                PLANNED_PRODUCTION_DATE, a.plannedProductionDate().toString(),
                COMMITTED_OUTPUT_PER_MU, a.outputPerMu(),
                COMMITTED_TAX_PER_MU, a.taxPerMu(),
                INVESTOR_CREDIT_CODE, a.investorCreditCode() == null ? "" : a.investorCreditCode());
    }

    private Map<String, Object> withReason(Inputs in, String key, String label, List<String> allowed,
            String noReasonNeeded, String reasonKey, String reasonLabel, int reasonMax) {
        String choice = in.code(key, label, allowed);
        String reason = choice.equals(noReasonNeeded)
                ? orEmpty(in.optionalText(reasonKey, reasonLabel, reasonMax))
                : in.text(reasonKey, reasonLabel, reasonMax);
        return Map.of(key, choice, reasonKey, reason);
    }

    private String existingUser(Inputs in, String key, String label) {
        String userId = in.text(key, label, 64);
        if (!userId.matches("[a-zA-Z0-9-]+") || !userExists.test(userId)) {
            throw new BusinessRuleViolation(UNKNOWN_USER, "“" + label + "”不是系统中的用户：" + userId);
        }
        return userId;
    }

    /** §10.4: the commissioner belongs to the owner county's group or to the city centre. */
    private String commissioner(Inputs in, String ownerCountyGroup) {
        String userId = existingUser(in, COMMISSIONER_ID, "项目服务专员");
        if (!isMember.test(userId, ownerCountyGroup) && !isMember.test(userId, "city-investment-centre")) {
            throw new BusinessRuleViolation("GC-IN-009",
                    "项目服务专员须为项目所属县（市、区）投资促进部门或市投资促进中心的工作人员");
        }
        return userId;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
