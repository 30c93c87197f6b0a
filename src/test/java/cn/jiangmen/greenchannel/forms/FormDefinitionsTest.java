package cn.jiangmen.greenchannel.forms;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static cn.jiangmen.greenchannel.forms.FormSchemas.components;
import static cn.jiangmen.greenchannel.forms.FormSchemas.formFiles;
import static cn.jiangmen.greenchannel.forms.FormSchemas.formId;
import static cn.jiangmen.greenchannel.forms.FormSchemas.hasOptions;
import static cn.jiangmen.greenchannel.forms.FormSchemas.keyedComponents;
import static cn.jiangmen.greenchannel.forms.FormSchemas.options;
import static cn.jiangmen.greenchannel.forms.FormSchemas.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camunda Forms in {@code forms/} against docs/process-contract.md: schema header, unique ids,
 * keys that are contract variables, option codes and Chinese labels, validation and the read-only
 * block of key facts every task form starts with.
 */
class FormDefinitionsTest {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern COMPONENT_ID = Pattern.compile("(Field|Text|Separator|Spacer|Group)_[A-Za-z0-9]+");

    private static final String USER_ID_PATTERN = "^[a-zA-Z0-9-]+$";
    /** Our project code JM + year + 5-digit sequence (domain.md §10.2), e.g. JM2026-00042. */
    private static final String PROJECT_CODE_PATTERN = "^JM\\d{4}-\\d{5}$";
    /** County codes in offer order, comma-separated without spaces, e.g. xinhui,taishan. */
    private static final String COUNTY_LIST_PATTERN = "^[a-z]+(,[a-z]+)*$";
    private static final String CREDIT_CODE_PATTERN = "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$";
    /** 统一项目代码: year-区划-行业-类别-流水号, e.g. 2026-440703-38-03-012345. */
    private static final String NATIONAL_PROJECT_CODE_PATTERN = "^\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$";
    /** Approval item codes of the catalogue, comma-separated without spaces, e.g. FILING,EIA. */
    static final String ITEM_LIST_PATTERN = "^[A-Z_]+(,[A-Z_]+)*$";
    /** Material codes of one item, comma-separated without spaces; empty = complete. */
    static final String MATERIAL_LIST_PATTERN = "^[A-Z0-9_]*(,[A-Z0-9_]+)*$";

    /** The key facts, read-only and in this order, at the top of every task form. */
    private static final List<String> FACTS = List.of("projectCode", "projectName", "ownerCounty", "tier");

    /** Contract variables a form may bind (variables only the process writes are shown read-only). */
    private static final Set<String> ALLOWED_KEYS = Set.of(
            // start variables
            "projectName", "investorName", "investorOrigin", "chainCode", "manufacturing",
            "plannedInvestment", "landArea", "expectedOutput", "expectedTax", "expectedJobs",
            "targetCounty", "referralChannel", "referrerName",
            // written by the process, shown read-only
            "projectCode", "ownerCounty", "tier", "reviewSummary",
            // task outcomes
            "leadOwner", "acknowledgeNote", "judgement", "judgementReason", "commissionerId",
            "commissionerNote", "negotiationOutcome", "negotiationReason",
            "reviewOpinion", "reviewComment", "reviewDecision", "reviewDecisionReason",
            "signedOn", "agreedInvestment", "agreedLandArea", "plannedRegistrationDate",
            "plannedStartDate", "plannedProductionDate", "committedOutputPerMu", "committedTaxPerMu",
            "investorCreditCode", "followUpNote",
            // second half of the lifecycle: written by the process or an earlier task, shown read-only
            "stageReturnReason", "landPriorityScore", "evaluationSummary",
            // second half: task outcomes
            "companyRegisteredOn", "companyName", "companyCreditCode", "nationalProjectCode",
            "revisionNote", "landSuppliedOn", "suppliedLandArea", "landSupplyMethod", "landContractNo",
            "constructionStartedOn", "progressPercent", "investmentToDate", "progressNote",
            "constructionCompleted", "completedOn", "productionStartedOn", "actualInvestment",
            "actualAnnualOutput", "actualAnnualTax", "evaluationNote", "rectificationMonths",
            "liquidatedDamages", "incentiveRefund", "landRecovery", "breachDecisionReason",
            // green-channel-stage: in-variable, decision stage-lead, proposed items, task outcome
            "stage", "stageName", "proposedItems", "confirmedItems",
            // approval-item: written by the process (catalogue, item-rules, approval-mode, clock), shown read-only
            "itemName", "departmentName", "promisedDays", "materialList", "mode", "modeReason", "itemDueDate",
            // approval-item: task outcomes
            "missingMaterials", "chooseCommitment", "commitmentSigned", "acceptanceResult", "correctionNotice",
            "correctionNote", "supplementDeadline", "toleranceNotice", "itemDecision", "itemDecisionReason",
            // approval-follow-up: written by the process, task outcomes
            "verificationDueDate", "verificationResult", "verificationFindings", "rectificationDeadline",
            "rectificationResult", "rectificationNote", "supplementNote", "supplementResult", "supplementCheckNote",
            // project-lifecycle, ApprovalRevoked: message variables, task outcomes
            "revokedItem", "revocationReason", "revocationDecision", "revocationDecisionReason",
            "resumeDecision", "resumeDecisionReason",
            // project-transfer: start variables (projectCode above), written by the process, task outcomes
            "transferReasonCategory", "transferReason", "preferredCounty",
            "proposedCounties", "offeredCounty",
            "transferReviewDecision", "receivingCounties", "transferReviewNote",
            "offerAnswer", "offerAnswerReason", "newCommissionerId", "silenceNote",
            "unplacedDecision", "moreCounties", "lostReason",
            // supervision-case: written by the process (shown read-only), task outcomes (回执)
            "supervisionItem", "supervisionSummary", "missCause", "remedy", "newDueDate",
            // quarterly-urging and monthly-bulletin
            "urgingPeriod", "urgingFigures", "urgingAnswer", "bulletinPeriod", "bulletinSummary", "issueNote",
            // lead-follow-up: task outcomes (shown facts are lifecycle variables above)
            "feedbackContent", "feedbackChannel", "feedbackDate", "progressSummary", "nextStep", "expectedSigningDate");

    /**
     * Form id -> exactly the keys it binds (contract table "User tasks"). landing-follow-up is no
     * longer in the contract (the second half replaced UserTask_LandingFollowUp); while its file
     * remains it is still checked by the per-form rules below, and removing it breaks no test.
     */
    private static final Map<String, Set<String>> KEYS_BY_FORM = Map.ofEntries(
            Map.entry("register-lead", Set.of("projectName", "investorName", "investorOrigin", "chainCode",
                    "manufacturing", "plannedInvestment", "landArea", "expectedOutput", "expectedTax",
                    "expectedJobs", "targetCounty", "referralChannel", "referrerName")),
            Map.entry("acknowledge-lead", facts("leadOwner", "acknowledgeNote")),
            Map.entry("judge-lead", facts("judgement", "judgementReason")),
            // lead-follow-up (domain.md §10.18)
            Map.entry("give-lead-feedback", facts("referralChannel", "referrerName", "judgement", "judgementReason",
                    "feedbackContent", "feedbackChannel", "feedbackDate")),
            Map.entry("report-lead-progress", facts("progressSummary", "nextStep", "expectedSigningDate")),
            Map.entry("appoint-commissioner", facts("commissionerId", "commissionerNote")),
            Map.entry("negotiate", facts("negotiationOutcome", "negotiationReason", "transferReasonCategory")),
            Map.entry("review-opinion", facts("reviewOpinion", "reviewComment")),
            Map.entry("decide-review", facts("reviewSummary", "reviewDecision", "reviewDecisionReason")),
            Map.entry("sign-agreement", facts("investorOrigin", "signedOn", "agreedInvestment", "agreedLandArea",
                    "plannedRegistrationDate", "plannedStartDate", "plannedProductionDate",
                    "committedOutputPerMu", "committedTaxPerMu", "investorCreditCode")),
            Map.entry("register-company", facts("plannedRegistrationDate", "companyRegisteredOn", "companyName",
                    "companyCreditCode", "nationalProjectCode")),
            Map.entry("revise-stage", facts("stage", "stageReturnReason", "revisionNote")),
            Map.entry("supply-land", facts("landPriorityScore", "agreedLandArea", "landSuppliedOn",
                    "suppliedLandArea", "landSupplyMethod", "landContractNo")),
            Map.entry("record-construction-start", facts("plannedStartDate", "constructionStartedOn")),
            Map.entry("report-progress", facts("progressPercent", "investmentToDate", "progressNote",
                    "constructionCompleted", "completedOn")),
            Map.entry("record-production", facts("plannedProductionDate", "agreedInvestment",
                    "productionStartedOn", "actualInvestment")),
            Map.entry("evaluate-output", facts("committedOutputPerMu", "committedTaxPerMu", "agreedInvestment",
                    "suppliedLandArea", "actualAnnualOutput", "actualAnnualTax", "actualInvestment",
                    "evaluationNote")),
            Map.entry("decide-breach", facts("evaluationSummary", "rectificationMonths", "liquidatedDamages",
                    "incentiveRefund", "landRecovery", "breachDecisionReason")),
            // green-channel-stage, approval-item and approval-follow-up (issue 5)
            Map.entry("confirm-items", facts("stageName", "proposedItems", "confirmedItems")),
            Map.entry("submit-application", facts("itemName", "departmentName", "promisedDays", "materialList",
                    "missingMaterials", "chooseCommitment", "commitmentSigned")),
            Map.entry("acceptance-check", facts("itemName", "mode", "modeReason", "missingMaterials", "itemDueDate",
                    "acceptanceResult", "correctionNotice")),
            Map.entry("submit-correction", facts("itemName", "correctionNotice", "correctionNote")),
            Map.entry("tolerant-acceptance", facts("itemName", "modeReason", "missingMaterials", "itemDueDate",
                    "supplementDeadline", "toleranceNotice")),
            Map.entry("review-item", facts("itemName", "mode", "modeReason", "itemDueDate", "itemDecision",
                    "itemDecisionReason")),
            Map.entry("decide-on-commitment", facts("itemName", "modeReason", "itemDueDate", "itemDecision",
                    "itemDecisionReason")),
            Map.entry("verify-commitment", facts("itemName", "verificationDueDate", "verificationResult",
                    "verificationFindings", "rectificationDeadline")),
            Map.entry("check-rectification", facts("itemName", "verificationFindings", "rectificationDeadline",
                    "rectificationResult", "rectificationNote")),
            Map.entry("submit-supplement", facts("itemName", "toleranceNotice", "supplementDeadline", "supplementNote")),
            Map.entry("check-supplement", facts("itemName", "toleranceNotice", "supplementNote", "supplementResult",
                    "supplementCheckNote")),
            // project-lifecycle: SubProcess_ApprovalRevoked
            Map.entry("decide-after-revocation", facts("revokedItem", "revocationReason", "revocationDecision",
                    "revocationDecisionReason")),
            Map.entry("resume-suspended", facts("revocationDecisionReason", "resumeDecision", "resumeDecisionReason")),
            // project-transfer: the start form names the project; task forms as above
            Map.entry("request-transfer", Set.of("projectCode", "transferReasonCategory", "transferReason",
                    "preferredCounty")),
            Map.entry("review-transfer", facts("transferReasonCategory", "transferReason", "preferredCounty",
                    "proposedCounties", "transferReviewDecision", "receivingCounties", "transferReviewNote")),
            Map.entry("answer-transfer-offer", facts("offeredCounty", "transferReason", "offerAnswer",
                    "offerAnswerReason", "newCommissionerId")),
            Map.entry("follow-up-silence", facts("offeredCounty", "silenceNote")),
            Map.entry("decide-unplaced", facts("transferReason", "unplacedDecision", "moreCounties", "lostReason")),
            // supervision-case: one form for the notice, the interview and the leader's task
            Map.entry("answer-supervision", facts("supervisionItem", "supervisionSummary", "missCause", "remedy",
                    "newDueDate")),
            // county- and city-level tasks: no project (see NON_PROJECT_FACTS)
            Map.entry("answer-urging", Set.of("ownerCounty", "urgingPeriod", "urgingFigures", "urgingAnswer")),
            Map.entry("issue-bulletin", Set.of("bulletinPeriod", "bulletinSummary", "issueNote")));

    /**
     * Task forms of no single project (a county's quarterly urging, the city's monthly bulletin):
     * they start with these read-only facts instead of the project's key facts.
     */
    private static final Map<String, List<String>> NON_PROJECT_FACTS = Map.of(
            "answer-urging", List.of("ownerCounty"),
            "issue-bulletin", List.of());

    /** Start forms get no process variables: no key facts, nothing read-only. */
    private static final Set<String> START_FORMS = Set.of("register-lead", "request-transfer");

    /**
     * Task form -> what it shows read-only besides the key facts (never edited there). Per form: a
     * value entered in one task (agreedInvestment, suppliedLandArea, plannedStartDate ...) is shown
     * read-only in a later one.
     */
    private static final Map<String, Set<String>> READ_ONLY_BY_FORM = Map.ofEntries(
            Map.entry("decide-review", Set.of("reviewSummary")),
            Map.entry("give-lead-feedback", Set.of("referralChannel", "referrerName", "judgement", "judgementReason")),
            Map.entry("sign-agreement", Set.of("investorOrigin")),
            Map.entry("register-company", Set.of("plannedRegistrationDate")),
            Map.entry("revise-stage", Set.of("stage", "stageReturnReason")),
            Map.entry("supply-land", Set.of("landPriorityScore", "agreedLandArea")),
            Map.entry("record-construction-start", Set.of("plannedStartDate")),
            Map.entry("record-production", Set.of("plannedProductionDate", "agreedInvestment")),
            Map.entry("evaluate-output", Set.of("committedOutputPerMu", "committedTaxPerMu", "agreedInvestment",
                    "suppliedLandArea")),
            Map.entry("decide-breach", Set.of("evaluationSummary")),
            Map.entry("confirm-items", Set.of("stageName", "proposedItems")),
            Map.entry("submit-application", Set.of("itemName", "departmentName", "promisedDays", "materialList")),
            Map.entry("acceptance-check", Set.of("itemName", "mode", "modeReason", "missingMaterials", "itemDueDate")),
            Map.entry("submit-correction", Set.of("itemName", "correctionNotice")),
            Map.entry("tolerant-acceptance", Set.of("itemName", "modeReason", "missingMaterials", "itemDueDate")),
            Map.entry("review-item", Set.of("itemName", "mode", "modeReason", "itemDueDate")),
            Map.entry("decide-on-commitment", Set.of("itemName", "modeReason", "itemDueDate")),
            Map.entry("verify-commitment", Set.of("itemName", "verificationDueDate")),
            Map.entry("check-rectification", Set.of("itemName", "verificationFindings", "rectificationDeadline")),
            Map.entry("submit-supplement", Set.of("itemName", "toleranceNotice", "supplementDeadline")),
            Map.entry("check-supplement", Set.of("itemName", "toleranceNotice", "supplementNote")),
            Map.entry("decide-after-revocation", Set.of("revokedItem", "revocationReason")),
            Map.entry("resume-suspended", Set.of("revocationDecisionReason")),
            Map.entry("review-transfer", Set.of("transferReasonCategory", "transferReason", "preferredCounty",
                    "proposedCounties")),
            Map.entry("answer-transfer-offer", Set.of("offeredCounty", "transferReason")),
            Map.entry("follow-up-silence", Set.of("offeredCounty")),
            Map.entry("decide-unplaced", Set.of("transferReason")),
            Map.entry("answer-supervision", Set.of("supervisionItem", "supervisionSummary")),
            Map.entry("answer-urging", Set.of("urgingPeriod", "urgingFigures")),
            Map.entry("issue-bulletin", Set.of("bulletinPeriod", "bulletinSummary")));

    /** `stage` is an Integer variable: its options are the JSON numbers 1..4 (form-js compares strictly). */
    private static final List<String> STAGE_OPTIONS =
            List.of("1=立项用地规划许可", "2=工程建设许可", "3=施工许可", "4=竣工验收");

    /** Option codes of the contract; where the contract names Chinese labels, those too. */
    private static final Map<String, List<String>> OPTIONS = Map.ofEntries(
            Map.entry("investorOrigin", List.of("DOMESTIC=境内", "HMT=港澳台", "FOREIGN=外资", "OVERSEAS_CHINESE=华侨")),
            Map.entry("referralChannel", List.of("BUSINESS_REFERRAL=以商招商", "AGENCY=中介机构推介", "EXPO=展会活动",
                    "VISIT=主动上门", "GOVERNMENT=上级转办", "OTHER=其他")),
            Map.entry("tier", List.of("MAJOR=重大项目", "LEDGER=亿元以上项目", "GENERAL=一般项目")),
            Map.entry("reviewOpinion", List.of("AGREE=同意", "AGREE_WITH_CONDITIONS=有条件同意", "DISAGREE=不同意")),
            Map.entry("landSupplyMethod", List.of("LISTING=挂牌出让", "AUCTION=拍卖出让", "TENDER=招标出让",
                    "AGREEMENT=协议出让", "LEASE=租赁")),
            Map.entry("stage", STAGE_OPTIONS),
            Map.entry("transferReasonCategory", List.of("LAND=用地不足", "ENERGY_QUOTA=能耗指标",
                    "POLLUTANT_QUOTA=排污指标", "ENVIRONMENT_CAPACITY=环境容量", "INDUSTRY_POSITIONING=产业定位",
                    "INVESTOR_PREFERENCE=投资方意愿", "OTHER=其他")),
            // green channel (domain.md §4): the three modes, outcomes of the item and follow-up tasks
            Map.entry("mode", List.of("STANDARD=一般程序", "COMMITMENT=告知承诺制", "TOLERANT=容缺受理")),
            Map.entry("acceptanceResult", List.of("ACCEPT=材料齐全，予以受理", "CORRECTION=材料不全，一次性告知补正")),
            Map.entry("itemDecision", List.of("APPROVE=准予许可", "REJECT=不予许可")),
            Map.entry("verificationResult", List.of("PASS=承诺属实", "FAIL=承诺不实")),
            Map.entry("rectificationResult", List.of("RECTIFIED=已整改到位",
                    "NOT_RECTIFIED=逾期未整改（撤销审批并记入信用）")),
            Map.entry("supplementResult", List.of("ACCEPT=材料合格，核发正式证照", "REJECT=材料不合格，终止容缺")),
            Map.entry("revocationDecision", List.of("APPLY_AGAIN=按一般程序重新申报", "SUSPEND=暂停项目",
                    "STOP=终止项目")),
            Map.entry("resumeDecision", List.of("RESUME=恢复办理", "STOP=终止项目")),
            Map.entry("feedbackChannel", List.of("PHONE=电话", "MEETING=当面", "LETTER=书面函件", "EMAIL=电子邮件",
                    "MESSAGE=短信或即时通讯", "OTHER=其他")));

    /** The same variable with other labels on one form (form/key): same codes, wording of that task. */
    private static final Map<String, List<String>> OPTIONS_IN_FORM = Map.of(
            "decide-on-commitment/itemDecision", List.of("APPROVE=依承诺准予许可", "REJECT=不予许可"));
    private static final Map<String, List<String>> OPTION_CODES = Map.of(
            "judgement", List.of("PURSUE", "DROP"),
            "negotiationOutcome", List.of("AGREED", "TRANSFER_REQUESTED", "ABANDONED"),
            "reviewDecision", List.of("PASS", "PASS_WITH_CONDITIONS", "NOT_INTRODUCED"),
            "transferReviewDecision", List.of("PROPOSE", "REJECT"),
            "offerAnswer", List.of("ACCEPT", "DECLINE"),
            "unplacedDecision", List.of("MORE_COUNTIES", "LOST"));

    /** Required whenever shown. */
    private static final Set<String> REQUIRED = Set.of(
            "projectName", "investorName", "investorOrigin", "chainCode", "plannedInvestment", "landArea",
            "expectedOutput", "expectedTax", "expectedJobs", "targetCounty", "referralChannel",
            "leadOwner", "judgement", "commissionerId", "negotiationOutcome",
            "reviewOpinion", "reviewDecision", "signedOn", "agreedInvestment", "agreedLandArea",
            "plannedRegistrationDate", "plannedStartDate", "plannedProductionDate",
            "committedOutputPerMu", "committedTaxPerMu",
            "companyRegisteredOn", "companyName", "companyCreditCode", "nationalProjectCode",
            "revisionNote", "landSuppliedOn", "suppliedLandArea", "landSupplyMethod", "landContractNo",
            "constructionStartedOn", "progressPercent", "investmentToDate", "progressNote",
            "productionStartedOn", "actualInvestment", "actualAnnualOutput", "actualAnnualTax",
            "rectificationMonths", "liquidatedDamages", "incentiveRefund", "breachDecisionReason",
            // green channel
            "confirmedItems", "acceptanceResult", "correctionNote", "supplementDeadline", "toleranceNotice",
            "itemDecision", "verificationResult", "rectificationResult", "rectificationNote", "supplementNote",
            "supplementResult", "revocationDecision", "revocationDecisionReason", "resumeDecision",
            "resumeDecisionReason",
            // project-transfer (projectCode is an input only on its start form, read-only elsewhere)
            "projectCode", "transferReasonCategory", "transferReason", "transferReviewDecision",
            "offerAnswer", "silenceNote", "unplacedDecision",
            // supervision, urging, bulletin
            "missCause", "remedy", "newDueDate", "urgingAnswer", "issueNote",
            // lead-follow-up
            "feedbackContent", "feedbackChannel", "feedbackDate", "progressSummary", "nextStep");

    /**
     * Required only in some cases: form-js cannot make {@code required} conditional, so the field is
     * required and hidden when not needed (a hidden field is neither validated nor submitted).
     */
    /** A field always required on one form but needed only in some cases on another (form/key). */
    private static final Map<String, String> REQUIRED_UNLESS_HIDDEN_IN_FORM = Map.of(
            "negotiate/transferReasonCategory", "=negotiationOutcome != \"TRANSFER_REQUESTED\"");

    private static final Map<String, String> REQUIRED_UNLESS_HIDDEN = Map.ofEntries(
            Map.entry("judgementReason", "=judgement != \"DROP\""),
            Map.entry("negotiationReason", "=negotiationOutcome = \"AGREED\""),
            Map.entry("reviewComment", "=reviewOpinion = \"AGREE\""),
            Map.entry("reviewDecisionReason", "=reviewDecision = \"PASS\""),
            Map.entry("investorCreditCode", "=investorOrigin != \"DOMESTIC\""),
            Map.entry("completedOn", "=constructionCompleted != true"),
            // green channel; commitmentSigned is the signature a commitment needs: shown only then, and then ticked
            Map.entry("commitmentSigned", "=chooseCommitment != true"),
            Map.entry("correctionNotice", "=acceptanceResult = \"ACCEPT\""),
            Map.entry("itemDecisionReason", "=itemDecision = \"APPROVE\""),
            Map.entry("verificationFindings", "=verificationResult = \"PASS\""),
            Map.entry("rectificationDeadline", "=verificationResult = \"PASS\""),
            Map.entry("supplementCheckNote", "=supplementResult = \"ACCEPT\""),
            Map.entry("receivingCounties", "=transferReviewDecision = \"REJECT\""),
            Map.entry("transferReviewNote", "=transferReviewDecision = \"PROPOSE\""),
            Map.entry("offerAnswerReason", "=offerAnswer = \"ACCEPT\""),
            Map.entry("newCommissionerId", "=offerAnswer = \"DECLINE\""),
            Map.entry("moreCounties", "=unplacedDecision != \"MORE_COUNTIES\""),
            Map.entry("lostReason", "=unplacedDecision != \"LOST\""));

    /** Optional in the contract. Checkboxes ({@code manufacturing} ...) always submit true/false. */
    private static final Set<String> OPTIONAL = Set.of("referrerName", "acknowledgeNote", "commissionerNote",
            "followUpNote", "manufacturing", "evaluationNote", "constructionCompleted", "landRecovery",
            "preferredCounty", "missingMaterials", "chooseCommitment", "expectedSigningDate");

    /**
     * Optional fields shown only in some cases (key -> hide rule); the others are always shown.
     * chooseCommitment: only where item-rules allows 承诺制 (commitmentAllowed, a process variable).
     */
    private static final Map<String, String> OPTIONAL_HIDDEN_UNLESS = Map.of(
            "chooseCommitment", "=commitmentAllowed != true");

    /** Boolean variables: a checkbox with default false, so false is submitted when left unticked. */
    private static final Set<String> CHECKBOXES =
            Set.of("manufacturing", "constructionCompleted", "landRecovery", "chooseCommitment", "commitmentSigned");

    /**
     * Checkboxes that must be ticked when shown (required): a declaration the case cannot go on
     * without, hidden whenever it is not needed, so "not ticked" stays possible by not being asked.
     */
    private static final Set<String> MUST_TICK = Set.of("commitmentSigned");

    private static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(
            Map.entry("projectName", 100), Map.entry("investorName", 100), Map.entry("referrerName", 100),
            Map.entry("leadOwner", 64), Map.entry("commissionerId", 64), Map.entry("investorCreditCode", 18),
            Map.entry("acknowledgeNote", 500), Map.entry("judgementReason", 500),
            Map.entry("commissionerNote", 500), Map.entry("negotiationReason", 500),
            Map.entry("reviewDecisionReason", 500),
            Map.entry("followUpNote", 500), Map.entry("reviewComment", 1000),
            Map.entry("companyName", 100), Map.entry("companyCreditCode", 18),
            Map.entry("nationalProjectCode", 32), Map.entry("revisionNote", 500),
            Map.entry("landContractNo", 64), Map.entry("progressNote", 1000),
            Map.entry("evaluationNote", 1000), Map.entry("breachDecisionReason", 1000),
            // green channel: code lists (12 item codes fit in 200; a material list in 300) and notes
            Map.entry("confirmedItems", 200), Map.entry("missingMaterials", 300),
            Map.entry("correctionNotice", 1000), Map.entry("correctionNote", 1000),
            Map.entry("toleranceNotice", 1000), Map.entry("itemDecisionReason", 1000),
            Map.entry("verificationFindings", 1000), Map.entry("rectificationNote", 1000),
            Map.entry("supplementNote", 1000), Map.entry("supplementCheckNote", 1000),
            Map.entry("revocationDecisionReason", 500), Map.entry("resumeDecisionReason", 500),
            // project-transfer: JM2026-00042 is 12 characters; 64 holds all seven county codes
            Map.entry("projectCode", 12), Map.entry("transferReason", 500),
            Map.entry("receivingCounties", 64), Map.entry("transferReviewNote", 500),
            Map.entry("offerAnswerReason", 500), Map.entry("newCommissionerId", 64),
            Map.entry("silenceNote", 500), Map.entry("moreCounties", 64), Map.entry("lostReason", 500),
            Map.entry("missCause", 500), Map.entry("remedy", 1000), Map.entry("urgingAnswer", 1000),
            Map.entry("issueNote", 1000),
            Map.entry("feedbackContent", 1000), Map.entry("progressSummary", 1000), Map.entry("nextStep", 500));

    /** Fixed-length codes: the browser refuses a short code before the server's check-digit test. */
    private static final Map<String, Integer> MIN_LENGTH =
            Map.of("investorCreditCode", 18, "companyCreditCode", 18);

    /**
     * key -> {min, max}: the contract's ranges (investment 1..100 000 000 万元, area 0..100 000 亩,
     * others >= 0) with the upper limits the server check (LifecycleInputRules) applies, so the
     * browser refuses first.
     */
    private static final Map<String, long[]> NUMBER_BOUNDS = Map.ofEntries(
            Map.entry("plannedInvestment", new long[] {1, 100_000_000}),
            Map.entry("agreedInvestment", new long[] {1, 100_000_000}),
            Map.entry("landArea", new long[] {0, 100_000}),
            Map.entry("agreedLandArea", new long[] {0, 100_000}),
            Map.entry("expectedOutput", new long[] {0, 1_000_000_000}),
            Map.entry("expectedTax", new long[] {0, 100_000_000}),
            Map.entry("expectedJobs", new long[] {0, 1_000_000}),
            Map.entry("committedOutputPerMu", new long[] {0, 1_000_000}),
            Map.entry("committedTaxPerMu", new long[] {0, 1_000_000}),
            Map.entry("suppliedLandArea", new long[] {0, 100_000}),
            Map.entry("progressPercent", new long[] {0, 100}),
            Map.entry("investmentToDate", new long[] {0, 100_000_000}),
            // the same variable in record-production and evaluate-output: one range (a project in production has invested)
            Map.entry("actualInvestment", new long[] {1, 100_000_000}),
            Map.entry("actualAnnualOutput", new long[] {0, 1_000_000_000}),
            Map.entry("actualAnnualTax", new long[] {0, 100_000_000}),
            Map.entry("rectificationMonths", new long[] {0, 36}),
            Map.entry("liquidatedDamages", new long[] {0, 100_000_000}),
            Map.entry("incentiveRefund", new long[] {0, 100_000_000}));

    /**
     * Decimal digits of every number input: Long variables (money in 万元, head counts, months,
     * percent) are whole; areas, per-亩 figures and the breach amounts (DOUBLE columns of
     * greenchannel.breach_decision) allow 2.
     */
    private static final Map<String, Integer> DECIMAL_DIGITS = Map.ofEntries(
            Map.entry("plannedInvestment", 0), Map.entry("agreedInvestment", 0),
            Map.entry("expectedOutput", 0), Map.entry("expectedTax", 0), Map.entry("expectedJobs", 0),
            Map.entry("landArea", 2), Map.entry("agreedLandArea", 2),
            Map.entry("committedOutputPerMu", 2), Map.entry("committedTaxPerMu", 2),
            Map.entry("suppliedLandArea", 2), Map.entry("progressPercent", 0), Map.entry("investmentToDate", 0),
            Map.entry("actualInvestment", 0), Map.entry("actualAnnualOutput", 0), Map.entry("actualAnnualTax", 0),
            Map.entry("rectificationMonths", 0), Map.entry("liquidatedDamages", 2), Map.entry("incentiveRefund", 2));

    /** Unit each label names (read-only fields too). */
    private static final Map<String, String> UNIT_IN_LABEL = Map.ofEntries(
            Map.entry("plannedInvestment", "（万元）"), Map.entry("agreedInvestment", "（万元）"),
            Map.entry("expectedOutput", "（万元）"), Map.entry("expectedTax", "（万元）"),
            Map.entry("landArea", "（亩）"), Map.entry("agreedLandArea", "（亩）"),
            Map.entry("committedOutputPerMu", "（万元/亩）"), Map.entry("committedTaxPerMu", "（万元/亩）"),
            Map.entry("suppliedLandArea", "（亩）"), Map.entry("progressPercent", "（%）"),
            Map.entry("investmentToDate", "（万元）"), Map.entry("actualInvestment", "（万元）"),
            Map.entry("actualAnnualOutput", "（万元）"), Map.entry("actualAnnualTax", "（万元）"),
            Map.entry("rectificationMonths", "（月）"), Map.entry("liquidatedDamages", "（万元）"),
            Map.entry("incentiveRefund", "（万元）"), Map.entry("promisedDays", "（工作日）"));

    /** Date variables (ISO yyyy-MM-dd): a date picker wherever they appear, read-only or not. */
    private static final Set<String> DATE_KEYS = Set.of(
            "signedOn", "plannedRegistrationDate", "plannedStartDate", "plannedProductionDate",
            "companyRegisteredOn", "landSuppliedOn", "constructionStartedOn", "completedOn", "productionStartedOn",
            "supplementDeadline", "rectificationDeadline", "newDueDate", "feedbackDate", "expectedSigningDate");

    /**
     * Due dates the process computes on the working-day calendar (yyyy-MM-dd strings): shown as plain
     * text, so the read-only value Tasklist submits back is exactly the string the process wrote.
     */
    private static final Set<String> PROCESS_DUE_DATES = Set.of("itemDueDate", "verificationDueDate");

    /** Numbers shown read-only (no bounds there: the value comes from the process). */
    private static final Set<String> READ_ONLY_NUMBERS = Set.of(
            "landPriorityScore", "agreedLandArea", "agreedInvestment", "committedOutputPerMu",
            "committedTaxPerMu", "suppliedLandArea", "promisedDays");

    private static final Map<String, String> PATTERNS = Map.ofEntries(
            Map.entry("leadOwner", USER_ID_PATTERN), Map.entry("commissionerId", USER_ID_PATTERN),
            Map.entry("investorCreditCode", CREDIT_CODE_PATTERN), Map.entry("companyCreditCode", CREDIT_CODE_PATTERN),
            Map.entry("nationalProjectCode", NATIONAL_PROJECT_CODE_PATTERN),
            Map.entry("projectCode", PROJECT_CODE_PATTERN), Map.entry("newCommissionerId", USER_ID_PATTERN),
            Map.entry("receivingCounties", COUNTY_LIST_PATTERN), Map.entry("moreCounties", COUNTY_LIST_PATTERN),
            Map.entry("confirmedItems", ITEM_LIST_PATTERN), Map.entry("missingMaterials", MATERIAL_LIST_PATTERN));

    private static Set<String> readOnlyKeys(String formId) {
        Set<String> keys = new HashSet<>(NON_PROJECT_FACTS.getOrDefault(formId, FACTS));
        keys.addAll(READ_ONLY_BY_FORM.getOrDefault(formId, Set.of()));
        return keys;
    }

    private static Set<String> facts(String... more) {
        Set<String> keys = new HashSet<>(FACTS);
        keys.addAll(List.of(more));
        return Set.copyOf(keys);
    }

    static Stream<Path> forms() {
        return formFiles().stream();
    }

    @Test
    void everyFormOfTheContractExists() {
        Set<String> ids = formFiles().stream().map(FormSchemas::formId).collect(Collectors.toSet());
        assertThat(ids).containsAll(KEYS_BY_FORM.keySet());
    }

    /** Every form the contract's task tables name has a file and an entry in {@link #KEYS_BY_FORM}. */
    @Test
    void everyFormNamedInTheContractIsCovered() throws IOException {
        Pattern taskRow = Pattern.compile("^\\| `UserTask_[^|]*\\|[^|]*\\|[^|]*\\| `([a-z-]+)` \\|.*");
        Set<String> named = Files.readAllLines(Path.of("docs/process-contract.md")).stream()
                .map(taskRow::matcher)
                .filter(java.util.regex.Matcher::matches)
                .map(m -> m.group(1))
                .collect(Collectors.toSet());
        assertThat(named).as("forms named in docs/process-contract.md")
                .contains("sign-agreement", "register-company", "confirm-items", "submit-application",
                        "verify-commitment", "check-supplement")
                .doesNotContain("review-stage");
        assertThat(KEYS_BY_FORM.keySet()).containsAll(named);
        Set<String> ids = formFiles().stream().map(FormSchemas::formId).collect(Collectors.toSet());
        assertThat(ids).containsAll(named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void headerIsCamunda7Form(Path file) {
        JsonNode schema = read(file);
        assertThat(schema.path("id").asText()).as("form id = file name").isEqualTo(formId(file));
        assertThat(schema.path("type").asText()).isEqualTo("default");
        assertThat(schema.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(schema.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(schema.path("schemaVersion").asInt()).as("form-js 1.8.7 schema").isEqualTo(16);
        assertThat(schema.path("components").isArray() && !schema.path("components").isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void componentIdsAreUniqueAndReadable(Path file) {
        List<String> ids = components(read(file)).stream().map(c -> c.path("id").asText()).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> COMPONENT_ID.matcher(id).matches());
        for (JsonNode c : keyedComponents(read(file))) {
            assertThat(c.path("id").asText()).isEqualTo("Field_" + c.path("key").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void keysAreContractVariables(Path file) {
        List<String> keys = keyedComponents(read(file)).stream().map(c -> c.path("key").asText()).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(ALLOWED_KEYS).containsAll(keys);
        Set<String> expected = KEYS_BY_FORM.get(formId(file));
        if (expected != null) {
            assertThat(Set.copyOf(keys)).as("keys of " + formId(file)).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everythingPeopleReadIsChinese(Path file) {
        List<JsonNode> components = components(read(file));
        assertThat(components.get(0).path("type").asText()).as("instruction text first").isEqualTo("text");
        for (JsonNode c : components) {
            String what = formId(file) + "/" + c.path("id").asText();
            if (c.path("type").asText().equals("text")) {
                assertThat(c.path("text").asText()).as(what).containsPattern(CHINESE);
            }
            if (c.hasNonNull("key")) {
                String label = c.path("type").asText().equals("datetime")
                        ? c.path("dateLabel").asText() : c.path("label").asText();
                assertThat(label).as(what + " label").containsPattern(CHINESE);
            }
            if (c.has("description")) {
                assertThat(c.path("description").asText()).as(what + " description").containsPattern(CHINESE);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void optionsHaveAsciiCodesAndChineseLabels(Path file) {
        for (JsonNode c : components(read(file))) {
            if (!hasOptions(c)) {
                continue;
            }
            String what = formId(file) + "/" + c.path("id").asText();
            JsonNode values = c.path("values");
            assertThat(values.size()).as(what + " options").isGreaterThanOrEqualTo(1);
            List<String> codes = new ArrayList<>();
            for (JsonNode option : values) {
                assertThat(option.path("label").asText()).as(what + " option label").containsPattern(CHINESE);
                assertThat(option.path("value").asText()).as(what + " option value").matches(CODE);
                codes.add(option.path("value").asText());
            }
            assertThat(codes).as(what).doesNotHaveDuplicates();
            String key = c.path("key").asText();
            List<String> labelled = OPTIONS_IN_FORM.getOrDefault(formId(file) + "/" + key, OPTIONS.get(key));
            if (labelled != null) {
                assertThat(options(c)).as(what).containsExactlyElementsOf(labelled);
            }
            if (OPTION_CODES.containsKey(key)) {
                assertThat(codes).as(what).containsExactlyElementsOf(OPTION_CODES.get(key));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void taskFormsStartWithReadOnlyKeyFacts(Path file) {
        if (START_FORMS.contains(formId(file))) {
            assertThat(keyedComponents(read(file))).as("start form edits everything")
                    .noneMatch(c -> c.path("readonly").asBoolean());
            assertThat(components(read(file))).as("start form has no key-fact block")
                    .noneMatch(c -> c.path("type").asText().equals("separator"));
            return;
        }
        List<JsonNode> components = components(read(file));
        List<String> keys = keyedComponents(read(file)).stream().map(c -> c.path("key").asText()).toList();
        List<String> facts = NON_PROJECT_FACTS.getOrDefault(formId(file), FACTS);
        assertThat(keys.subList(0, facts.size())).isEqualTo(facts);

        int separator = -1;
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).path("type").asText().equals("separator")) {
                separator = i;
                break;
            }
        }
        assertThat(separator).as("separator after the key facts").isPositive();
        for (int i = 0; i < components.size(); i++) {
            JsonNode c = components.get(i);
            if (!c.hasNonNull("key")) {
                continue;
            }
            String key = c.path("key").asText();
            boolean readOnly = c.path("readonly").asBoolean(false);
            assertThat(readOnly).as(formId(file) + "/" + key + " read-only")
                    .isEqualTo(readOnlyKeys(formId(file)).contains(key));
            assertThat(i < separator).as(formId(file) + "/" + key + " above the separator iff read-only")
                    .isEqualTo(readOnly);
            if (readOnly) {
                assertThat(c.has("validate")).as(key + " read-only needs no validation").isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void validationFollowsTheContract(Path file) {
        for (JsonNode c : keyedComponents(read(file))) {
            String key = c.path("key").asText();
            String type = c.path("type").asText();
            String what = formId(file) + "/" + key;
            JsonNode validate = c.path("validate");
            boolean required = validate.path("required").asBoolean(false);

            if (c.path("readonly").asBoolean(false)) {
                continue;
            }
            if (type.equals("checkbox")) {
                // required on a checkbox means "must be ticked": false would become impossible, so only a
                // declaration that is hidden whenever it is not needed may be required
                assertThat(required).as(what + ": a checkbox is required only if it must be ticked")
                        .isEqualTo(MUST_TICK.contains(key));
            }
            if (MUST_TICK.contains(key)) {
                assertThat(REQUIRED_UNLESS_HIDDEN).as(what + " hidden unless needed").containsKey(key);
            }
            assertThat(type.equals("checkbox")).as(what + " checkbox iff Boolean").isEqualTo(CHECKBOXES.contains(key));
            if (CHECKBOXES.contains(key)) {
                assertThat(c.path("defaultValue").isBoolean() && !c.path("defaultValue").asBoolean())
                        .as(what + " defaults to false").isTrue();
            }
            String hideRule = REQUIRED_UNLESS_HIDDEN_IN_FORM.getOrDefault(what, REQUIRED_UNLESS_HIDDEN.get(key));
            if (REQUIRED.contains(key) && !REQUIRED_UNLESS_HIDDEN_IN_FORM.containsKey(what)) {
                assertThat(required).as(what + " required").isTrue();
                assertThat(c.has("conditional")).as(what + " always shown").isFalse();
            } else if (hideRule != null) {
                assertThat(required).as(what + " required when shown").isTrue();
                assertThat(c.path("conditional").path("hide").asText()).as(what + " hide")
                        .isEqualTo(hideRule);
                assertThat(c.path("description").asText()).as(what + " says when it is needed").contains("必填");
            } else {
                assertThat(OPTIONAL).as(what + " classified").contains(key);
                assertThat(required).as(what + " optional").isFalse();
                if (OPTIONAL_HIDDEN_UNLESS.containsKey(key)) {
                    assertThat(c.path("conditional").path("hide").asText()).as(what + " hide")
                            .isEqualTo(OPTIONAL_HIDDEN_UNLESS.get(key));
                } else {
                    assertThat(c.has("conditional")).as(what + " always shown").isFalse();
                }
            }

            if (type.equals("textfield") || type.equals("textarea")) {
                assertThat(validate.path("maxLength").asInt(-1)).as(what + " maxLength")
                        .isEqualTo(MAX_LENGTH.get(key));
            }
            if (MIN_LENGTH.containsKey(key)) {
                assertThat(validate.path("minLength").asInt(-1)).as(what + " minLength").isEqualTo(MIN_LENGTH.get(key));
            }
            if (PATTERNS.containsKey(key)) {
                assertThat(validate.path("pattern").asText()).as(what + " pattern").isEqualTo(PATTERNS.get(key));
            }
            if (NUMBER_BOUNDS.containsKey(key)) {
                long[] bounds = NUMBER_BOUNDS.get(key);
                assertThat(type).as(what).isEqualTo("number");
                assertThat(validate.has("min") && validate.has("max")).as(what + " bounded").isTrue();
                assertThat(validate.path("min").asLong()).as(what + " min").isEqualTo(bounds[0]);
                assertThat(validate.path("max").asLong()).as(what + " max").isEqualTo(bounds[1]);
                assertThat(c.path("decimalDigits").asInt(-1)).as(what + " decimal digits")
                        .isEqualTo(DECIMAL_DIGITS.get(key));
            } else {
                assertThat(type).as(what).isNotEqualTo("number");
            }
            if (UNIT_IN_LABEL.containsKey(key)) {
                assertThat(c.path("label").asText()).as(what + " unit").endsWith(UNIT_IN_LABEL.get(key));
            }
            if (DATE_KEYS.contains(key)) {
                assertThat(type).as(what).isEqualTo("datetime");
                assertThat(c.path("subtype").asText()).as(what + " yyyy-MM-dd").isEqualTo("date");
            }
        }
    }

    /**
     * What a task form only shows: no validation and, for numbers, no decimalDigits — form-js 1.8.7
     * checks a read-only number's decimals too, so a value with more digits would block the submit.
     * Units and date pickers as for inputs.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void readOnlyFieldsOnlyShow(Path file) {
        for (JsonNode c : keyedComponents(read(file))) {
            if (!c.path("readonly").asBoolean(false)) {
                continue;
            }
            String key = c.path("key").asText();
            String type = c.path("type").asText();
            String what = formId(file) + "/" + key;
            assertThat(c.has("validate") || c.has("conditional")).as(what + " shown as it is").isFalse();
            assertThat(c.has("decimalDigits") || c.has("increment")).as(what + " no number checks").isFalse();
            assertThat(type.equals("number")).as(what + " number").isEqualTo(READ_ONLY_NUMBERS.contains(key));
            if (UNIT_IN_LABEL.containsKey(key)) {
                assertThat(c.path("label").asText()).as(what + " unit").endsWith(UNIT_IN_LABEL.get(key));
            }
            if (DATE_KEYS.contains(key)) {
                assertThat(type).as(what).isEqualTo("datetime");
                assertThat(c.path("subtype").asText()).as(what + " yyyy-MM-dd").isEqualTo("date");
            }
            if (LONG_TEXTS_SHOWN.contains(key)
                    || List.of("supervisionSummary", "urgingFigures", "bulletinSummary").contains(key)) {
                assertThat(type).as(what + " long text").isEqualTo("textarea");
            }
            if (PROCESS_DUE_DATES.contains(key)) {
                assertThat(type).as(what + " due date as text").isEqualTo("textfield");
                assertThat(c.path("description").asText()).as(what + " says the format").contains("yyyy-MM-dd");
            }
        }
    }

    /** Texts of several lines shown read-only: a textarea, never a one-line field. */
    private static final Set<String> LONG_TEXTS_SHOWN = Set.of("stageReturnReason", "evaluationSummary",
            "reviewSummary", "transferReason", "proposedItems", "materialList", "modeReason", "correctionNotice",
            "toleranceNotice", "verificationFindings", "supplementNote", "revocationReason",
            "revocationDecisionReason", "judgementReason");

    /** `stage` is an Integer variable; a select matches it only when its option values are JSON numbers. */
    @Test
    void stageOptionsAreNumbers() {
        List<String> checked = new ArrayList<>();
        for (Path file : formFiles()) {
            for (JsonNode c : keyedComponents(read(file))) {
                if (!c.path("key").asText().equals("stage")) {
                    continue;
                }
                String what = formId(file) + "/stage";
                assertThat(c.path("type").asText()).as(what).isEqualTo("select");
                assertThat(c.has("valuesKey") || c.has("valuesExpression")).as(what + " static").isFalse();
                for (JsonNode option : c.path("values")) {
                    assertThat(option.path("value").isInt()).as(what + " value " + option.path("value")).isTrue();
                }
                assertThat(options(c)).as(what).containsExactlyElementsOf(STAGE_OPTIONS);
                checked.add(formId(file));
            }
        }
        assertThat(checked).containsExactlyInAnyOrder("revise-stage");
    }

    @Test
    void moneyInputsExplainTheUnit() {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (Path file : formFiles()) {
            keyedComponents(read(file)).forEach(c -> byKey.put(c.path("key").asText(), c));
        }
        assertThat(byKey.get("plannedInvestment").path("description").asText()).contains("1亿元 = 10000万元");
        assertThat(byKey.get("agreedInvestment").path("description").asText()).contains("1亿元 = 10000万元");
        assertThat(byKey.get("manufacturing").path("type").asText()).isEqualTo("checkbox");
        for (Path file : formFiles()) {
            for (JsonNode c : keyedComponents(read(file))) {
                String key = c.path("key").asText();
                if (List.of("investmentToDate", "actualInvestment", "actualAnnualOutput", "actualAnnualTax").contains(key)) {
                    assertThat(c.path("description").asText()).as(formId(file) + "/" + key).contains("1亿元 = 10000万元");
                }
            }
        }
    }

    @Test
    void secondHalfFormsSayWhatTheServerChecks() {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (Path file : formFiles()) {
            keyedComponents(read(file)).forEach(c -> byKey.put(c.path("key").asText(), c));
        }
        assertThat(byKey.get("companyCreditCode").path("description").asText()).contains("校验位");
        assertThat(byKey.get("nationalProjectCode").path("description").asText()).contains("2026-440703-38-03-012345");
        assertThat(byKey.get("constructionStartedOn").path("description").asText()).contains("供地");
        assertThat(byKey.get("productionStartedOn").path("description").asText()).contains("竣工");
        JsonNode breach = read(FormSchemas.FORMS_DIR.resolve("decide-breach.form"));
        assertThat(components(breach).get(0).path("text").asText()).as("decide-breach intro")
                .contains("不是系统自动作出的处罚");
    }

    /** project-transfer (domain.md §6): what the forms tell people about the process around them. */
    @Test
    void transferFormsSayWhatTheProcessDoes() {
        assertThat(intro("request-transfer")).contains("投产前").contains("依次征询").contains("暂停办理");
        assertThat(intro("review-transfer")).contains("恢复由原县（市、区）办理");
        assertThat(intro("answer-transfer-offer")).contains("答复期限").contains("逾期未答复视为不同意承接");
        assertThat(intro("follow-up-silence")).contains("视为不同意").contains("下一个县（市、区）");
        assertThat(intro("decide-unplaced")).contains("均未同意承接").contains("只有市投资促进中心的决定才能认定项目流失")
                .contains("须写明原因");
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (Path file : formFiles()) {
            keyedComponents(read(file)).forEach(c -> byKey.put(c.path("key").asText(), c));
        }
        for (String key : List.of("receivingCounties", "moreCounties")) {
            assertThat(byKey.get(key).path("type").asText()).as(key).isEqualTo("textfield");
            assertThat(byKey.get(key).path("description").asText()).as(key + " description")
                    .contains("以英文逗号分隔县区代码，按征询先后排列，如 xinhui,taishan")
                    .contains("不得包含本项目所属县（市、区）");
        }
        assertThat(byKey.get("proposedCounties").path("type").asText()).isEqualTo("textfield");
        assertThat(byKey.get("newCommissionerId").path("description").asText()).contains("用户的登录账号");
        JsonNode requestedProject = keyedComponents(read(FormSchemas.FORMS_DIR.resolve("request-transfer.form"))).stream()
                .filter(c -> c.path("key").asText().equals("projectCode")).findFirst().orElseThrow();
        assertThat(requestedProject.path("description").asText()).as("request-transfer/projectCode")
                .contains("JM2026-00042");
    }

    /** Green channel (domain.md §4, §10.7): what the forms tell people about the three modes and the follow-ups. */
    @Test
    void greenChannelFormsSayWhatTheProcessDoes() {
        assertThat(intro("confirm-items")).contains("并联审批");
        assertThat(intro("submit-application")).contains("一次性告知").contains("容缺受理").contains("非核心材料")
                .contains("决定性文件一律不得容缺").contains("告知承诺书").contains("失信");
        assertThat(intro("acceptance-check")).contains("一次性告知").contains("补正期间不计入审批时限");
        assertThat(intro("submit-correction")).contains("补正期间不计入审批时限");
        assertThat(intro("tolerant-acceptance")).contains("补交方式").contains("补交期限").contains("信用");
        assertThat(intro("decide-on-commitment")).contains("申请人已签署告知承诺书").contains("当场或在缩短时限内作出决定")
                .contains("核查期内核查承诺");
        assertThat(intro("verify-commitment")).contains("限期整改");
        assertThat(intro("check-rectification")).contains("撤销").contains("信用");
        assertThat(intro("check-supplement")).contains("核发正式证照").contains("信用");
        assertThat(intro("decide-after-revocation")).contains("按一般程序重新申报").contains("暂停项目").contains("终止项目");
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (Path file : formFiles()) {
            keyedComponents(read(file)).forEach(c -> byKey.put(formId(file) + "/" + c.path("key").asText(), c));
        }
        assertThat(byKey.get("confirm-items/confirmedItems").path("type").asText()).isEqualTo("textfield");
        assertThat(byKey.get("confirm-items/confirmedItems").path("description").asText())
                .contains("以英文逗号分隔事项代码").contains("只接受本阶段的审批事项");
        assertThat(byKey.get("submit-application/missingMaterials").path("type").asText()).isEqualTo("textfield");
        assertThat(byKey.get("submit-application/missingMaterials").path("description").asText())
                .contains("材料齐全的留空").contains("以英文逗号分隔");
        assertThat(byKey.get("acceptance-check/correctionNotice").path("description").asText())
                .contains("一次性列明全部需补正的材料");
        assertThat(byKey.get("tolerant-acceptance/supplementDeadline").path("description").asText())
                .contains("不得晚于本事项承诺办结时限").contains("itemDueDate");
        assertThat(byKey.get("tolerant-acceptance/toleranceNotice").path("description").asText())
                .contains("逐项写明缺少的材料、补交方式和期限");
        assertThat(byKey.get("submit-application/commitmentSigned").path("label").asText())
                .isEqualTo("已阅知审批条件和虚假承诺的法律责任，自愿签署告知承诺书");
        assertThat(byKey.get("verify-commitment/rectificationDeadline").path("dateLabel").asText())
                .isEqualTo("限期整改截止日期");
        for (String key : List.of("submit-application/itemName", "acceptance-check/itemName", "review-item/itemName")) {
            assertThat(byKey.get(key).path("label").asText()).as(key).isEqualTo("审批事项");
        }
        assertThat(byKey.get("confirm-items/stageName").path("label").asText()).isEqualTo("阶段");
        assertThat(byKey.get("acceptance-check/itemDueDate").path("label").asText()).isEqualTo("办结时限");
    }

    /** Supervision, urging and bulletin forms (issue 7): what happens next is said where people answer. */
    @Test
    void supervisionFormsSayWhatHappensNext() {
        assertThat(intro("answer-supervision")).contains("回执").contains("市投资促进中心约谈").contains("市领导督办");
        assertThat(intro("answer-urging")).contains("季度督促").contains("整改措施");
        assertThat(intro("issue-bulletin")).contains("每月只生成一份正式通报").contains("签发");
        JsonNode newDue = keyedComponents(read(FormSchemas.FORMS_DIR.resolve("answer-supervision.form"))).stream()
                .filter(c -> c.path("key").asText().equals("newDueDate")).findFirst().orElseThrow();
        assertThat(newDue.path("description").asText()).contains("不得早于今天").contains("再次逾期");
    }

    private static String intro(String formId) {
        return components(read(FormSchemas.FORMS_DIR.resolve(formId + ".form"))).get(0).path("text").asText();
    }

    @Test
    void projectCodeAndCountyListPatternsAcceptExamplesAndRejectLookalikes() {
        Pattern projectCode = Pattern.compile(PROJECT_CODE_PATTERN);
        assertThat(projectCode.matcher("JM2026-00042").matches()).isTrue();
        assertThat(projectCode.matcher("jm2026-00042").matches()).as("lower case").isFalse();
        assertThat(projectCode.matcher("JM2026-0042").matches()).as("short sequence").isFalse();
        assertThat(projectCode.matcher("JM202600042").matches()).as("no dash").isFalse();
        assertThat(projectCode.matcher("JM2026-00042 ").matches()).as("trailing space").isFalse();
        Pattern countyList = Pattern.compile(COUNTY_LIST_PATTERN);
        assertThat(countyList.matcher("xinhui").matches()).isTrue();
        assertThat(countyList.matcher("xinhui,taishan,enping").matches()).isTrue();
        assertThat(countyList.matcher("xinhui, taishan").matches()).as("space").isFalse();
        assertThat(countyList.matcher("xinhui，taishan").matches()).as("Chinese comma").isFalse();
        assertThat(countyList.matcher("xinhui,").matches()).as("trailing comma").isFalse();
        assertThat(countyList.matcher("新会区").matches()).as("county name").isFalse();
        assertThat(countyList.matcher("Xinhui").matches()).as("upper case").isFalse();
    }

    @Test
    void itemAndMaterialListPatternsAcceptExamplesAndRejectLookalikes() {
        Pattern items = Pattern.compile(ITEM_LIST_PATTERN);
        assertThat(items.matcher("FILING").matches()).isTrue();
        assertThat(items.matcher("FILING,LAND_PREREVIEW,EIA").matches()).isTrue();
        assertThat(items.matcher("").matches()).as("empty: a stage has at least one item").isFalse();
        assertThat(items.matcher("FILING, EIA").matches()).as("space").isFalse();
        assertThat(items.matcher("FILING，EIA").matches()).as("Chinese comma").isFalse();
        assertThat(items.matcher("FILING,").matches()).as("trailing comma").isFalse();
        assertThat(items.matcher("filing").matches()).as("lower case").isFalse();
        assertThat(items.matcher("环评审批").matches()).as("item name").isFalse();
        Pattern materials = Pattern.compile(MATERIAL_LIST_PATTERN);
        assertThat(materials.matcher("").matches()).as("empty = complete").isTrue();
        assertThat(materials.matcher("SURVEY").matches()).isTrue();
        assertThat(materials.matcher("SURVEY,SITING_REPORT").matches()).isTrue();
        assertThat(materials.matcher("SURVEY, SITING_REPORT").matches()).as("space").isFalse();
        assertThat(materials.matcher("SURVEY,").matches()).as("trailing comma").isFalse();
        assertThat(materials.matcher("survey").matches()).as("lower case").isFalse();
        assertThat(materials.matcher("勘测定界报告").matches()).as("material name").isFalse();
    }

    @Test
    void creditCodePatternAcceptsCodesAndRejectsLookalikes() {
        Pattern creditCode = Pattern.compile(CREDIT_CODE_PATTERN);
        assertThat(creditCode.matcher("91440705MA4W1ABC2K").matches()).isTrue();
        assertThat(creditCode.matcher("91440705MA4W1ABC2").matches()).as("17 characters").isFalse();
        assertThat(creditCode.matcher("91440705MA4W1ABCOK").matches()).as("letter O").isFalse();
        assertThat(creditCode.matcher("91440705ma4w1abc2k").matches()).as("lower case").isFalse();
        assertThat(Pattern.compile(USER_ID_PATTERN).matcher("zhang-san01").matches()).isTrue();
        assertThat(Pattern.compile(USER_ID_PATTERN).matcher("张三").matches()).isFalse();
    }

    @Test
    void nationalProjectCodePatternAcceptsTheExampleAndRejectsLookalikes() {
        Pattern code = Pattern.compile(NATIONAL_PROJECT_CODE_PATTERN);
        assertThat(code.matcher("2026-440703-38-03-012345").matches()).isTrue();
        assertThat(code.matcher("2026-440703-38-03-01234").matches()).as("short serial").isFalse();
        assertThat(code.matcher("2026440703380301234 5").matches()).as("no dashes").isFalse();
        assertThat(code.matcher("JM2026-00042").matches()).as("our project code").isFalse();
        assertThat(code.matcher("2026-440703-38-03-012345 ").matches()).as("trailing space").isFalse();
    }
}
