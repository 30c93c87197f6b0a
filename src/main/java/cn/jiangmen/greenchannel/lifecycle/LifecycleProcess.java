package cn.jiangmen.greenchannel.lifecycle;

/**
 * The one home of project-lifecycle's key, element ids and variable names
 * (docs/process-contract.md). Delegates, tests and docs use these names.
 */
public final class LifecycleProcess {

    public static final String KEY = "project-lifecycle";
    public static final String RESOURCE = "bpmn/project-lifecycle.bpmn";
    public static final String TIER_DECISION = "project-tier";
    public static final String LEAD_DEADLINES_DECISION = "lead-deadlines";

    private LifecycleProcess() {
    }

    /** Element ids. */
    public static final class Element {
        public static final String START = "StartEvent_LeadRegistered";
        public static final String REGISTER_PROJECT = "ServiceTask_RegisterProject";
        public static final String ACKNOWLEDGE_LEAD = "UserTask_AcknowledgeLead";
        public static final String JUDGE_LEAD = "UserTask_JudgeLead";
        /** Non-interrupting timers before the lead deadlines (预警, §10.14) and the steps they run. */
        public static final String ACKNOWLEDGE_LEAD_WARNING = "BoundaryEvent_AcknowledgeLeadWarning";
        public static final String WARN_ACKNOWLEDGE_LEAD = "ServiceTask_WarnAcknowledgeLead";
        public static final String JUDGE_LEAD_WARNING = "BoundaryEvent_JudgeLeadWarning";
        public static final String WARN_JUDGE_LEAD = "ServiceTask_WarnJudgeLead";
        /** Starts lead-follow-up after judging (feedback to the referrer, progress reports). */
        public static final String START_LEAD_FOLLOW_UP = "ServiceTask_StartLeadFollowUp";
        /** Sends LeadFollowUpEnded once the agreement is recorded. */
        public static final String LEAD_FOLLOW_UP_ENDED = "IntermediateThrowEvent_LeadFollowUpEnded";
        public static final String APPOINT_COMMISSIONER = "UserTask_AppointCommissioner";
        public static final String NEGOTIATE = "UserTask_Negotiate";
        public static final String REVIEW_NATURAL_RESOURCES = "UserTask_ReviewNaturalResources";
        public static final String REVIEW_ECOLOGY_ENVIRONMENT = "UserTask_ReviewEcologyEnvironment";
        public static final String REVIEW_DEVELOPMENT_REFORM = "UserTask_ReviewDevelopmentReform";
        public static final String REVIEW_INDUSTRY_CHAIN = "UserTask_ReviewIndustryChain";
        public static final String REVIEW_JOIN = "Gateway_ReviewJoin";
        public static final String DECIDE_REVIEW = "UserTask_DecideReview";
        public static final String SIGN_AGREEMENT = "UserTask_SignAgreement";
        public static final String REGISTER_COMPANY = "UserTask_RegisterCompany";
        public static final String REVISE_STAGE_PREFIX = "UserTask_ReviseStage";
        public static final String SUPPLY_LAND = "UserTask_SupplyLand";
        public static final String RECORD_CONSTRUCTION_START = "UserTask_RecordConstructionStart";
        public static final String NEXT_REPORT_PERIOD = "IntermediateCatchEvent_NextReportPeriod";
        public static final String REPORT_PROGRESS = "UserTask_ReportProgress";
        public static final String RECORD_PRODUCTION = "UserTask_RecordProduction";
        public static final String EVALUATION_DUE = "IntermediateCatchEvent_EvaluationDue";
        public static final String EVALUATE_OUTPUT = "UserTask_EvaluateOutput";
        public static final String DECIDE_BREACH_RECOVERY = "UserTask_DecideBreachRecovery";
        public static final String END_LEAD_DROPPED = "EndEvent_LeadDropped";
        public static final String END_ABANDONED = "EndEvent_Abandoned";
        public static final String END_NOT_INTRODUCED = "EndEvent_NotIntroduced";
        public static final String END_PROJECT_CLOSED = "EndEvent_ProjectClosed";
        public static final String END_PROJECT_LOST = "EndEvent_ProjectLost";
        public static final String DECIDE_AFTER_REVOCATION = "UserTask_DecideAfterRevocation";
        public static final String RESUME_SUSPENDED = "UserTask_ResumeSuspended";
        public static final String END_PROJECT_STOPPED = "EndEvent_ProjectStopped";
        public static final String TRANSFER_ACCEPTED = "IntermediateCatchEvent_TransferAccepted";
        public static final String END_BREACH_DECIDED = "EndEvent_BreachDecided";

        /** The warning step -> the task it warns about. */
        public static final java.util.Map<String, String> WARNED_TASK = java.util.Map.of(
                WARN_ACKNOWLEDGE_LEAD, ACKNOWLEDGE_LEAD,
                WARN_JUDGE_LEAD, JUDGE_LEAD);

        public static String stageCall(int stage) {
            return "CallActivity_Stage" + stage;
        }

        public static String reviseStage(int stage) {
            return REVISE_STAGE_PREFIX + stage;
        }

        private Element() {
        }
    }

    /** Variable names. */
    public static final class Var {
        // start form
        public static final String PROJECT_NAME = "projectName";
        public static final String INVESTOR_NAME = "investorName";
        public static final String INVESTOR_ORIGIN = "investorOrigin";
        public static final String CHAIN_CODE = "chainCode";
        public static final String MANUFACTURING = "manufacturing";
        public static final String PLANNED_INVESTMENT = "plannedInvestment";
        public static final String LAND_AREA = "landArea";
        public static final String EXPECTED_OUTPUT = "expectedOutput";
        public static final String EXPECTED_TAX = "expectedTax";
        public static final String EXPECTED_JOBS = "expectedJobs";
        public static final String TARGET_COUNTY = "targetCounty";
        public static final String REFERRAL_CHANNEL = "referralChannel";
        public static final String REFERRER_NAME = "referrerName";
        public static final String REGISTERED_BY = "registeredBy";
        // written by the process
        public static final String PROJECT_CODE = "projectCode";
        public static final String OWNER_COUNTY = "ownerCounty";
        public static final String OWNER_COUNTY_GROUP = "ownerCountyGroup";
        public static final String TIER = "tier";
        public static final String LEAD_DEADLINES_RESULT = "leadDeadlines";
        public static final String APPOINTING_GROUP = "appointingGroup";
        public static final String CHAIN_LEAD_GROUP = "chainLeadGroup";
        public static final String ACKNOWLEDGE_DAYS = "acknowledgeDays";
        public static final String JUDGE_DAYS = "judgeDays";
        public static final String FEEDBACK_DAYS = "feedbackDays";
        public static final String REPORT_INTERVAL_DAYS = "reportIntervalDays";
        public static final String WARNING_SHARE = "warningShare";
        public static final String WARNING_PRIORITY = "warningPriority";
        public static final String REVIEW_SUMMARY = "reviewSummary";
        // task outcomes
        public static final String LEAD_OWNER = "leadOwner";
        public static final String ACKNOWLEDGE_NOTE = "acknowledgeNote";
        public static final String JUDGEMENT = "judgement";
        public static final String JUDGEMENT_REASON = "judgementReason";
        public static final String COMMISSIONER_ID = "commissionerId";
        public static final String COMMISSIONER_NOTE = "commissionerNote";
        public static final String NEGOTIATION_OUTCOME = "negotiationOutcome";
        public static final String NEGOTIATION_REASON = "negotiationReason";
        public static final String TRANSFER_REASON_CATEGORY = "transferReasonCategory";
        public static final String REVIEWER_UNIT = "reviewerUnit";
        public static final String REVIEW_OPINION = "reviewOpinion";
        public static final String REVIEW_COMMENT = "reviewComment";
        public static final String REVIEW_DECISION = "reviewDecision";
        public static final String REVIEW_DECISION_REASON = "reviewDecisionReason";
        public static final String SIGNED_ON = "signedOn";
        public static final String AGREED_INVESTMENT = "agreedInvestment";
        public static final String AGREED_LAND_AREA = "agreedLandArea";
        public static final String PLANNED_REGISTRATION_DATE = "plannedRegistrationDate";
        public static final String PLANNED_START_DATE = "plannedStartDate";
        public static final String PLANNED_PRODUCTION_DATE = "plannedProductionDate";
        public static final String COMMITTED_OUTPUT_PER_MU = "committedOutputPerMu";
        public static final String COMMITTED_TAX_PER_MU = "committedTaxPerMu";
        public static final String INVESTOR_CREDIT_CODE = "investorCreditCode";
        public static final String KEY_CHAIN = "keyChain";
        public static final String REVOKED_ITEM = "revokedItem";
        public static final String REVOCATION_REASON = "revocationReason";
        public static final String REVOCATION_DECISION = "revocationDecision";
        public static final String REVOCATION_DECISION_REASON = "revocationDecisionReason";
        public static final String RESUME_DECISION = "resumeDecision";
        public static final String RESUME_DECISION_REASON = "resumeDecisionReason";
        public static final String STATUS_BEFORE_SUSPENSION = "statusBeforeSuspension";
        public static final String STAGE_OUTCOME = "stageOutcome";
        public static final String STAGE_RETURN_REASON = "stageReturnReason";
        public static final String REVISION_NOTE = "revisionNote";
        public static final String COMPANY_REGISTERED_ON = "companyRegisteredOn";
        public static final String COMPANY_NAME = "companyName";
        public static final String COMPANY_CREDIT_CODE = "companyCreditCode";
        public static final String NATIONAL_PROJECT_CODE = "nationalProjectCode";
        public static final String LAND_PRIORITY_SCORE = "landPriorityScore";
        public static final String LAND_SUPPLIED_ON = "landSuppliedOn";
        public static final String SUPPLIED_LAND_AREA = "suppliedLandArea";
        public static final String LAND_SUPPLY_METHOD = "landSupplyMethod";
        public static final String LAND_CONTRACT_NO = "landContractNo";
        public static final String CONSTRUCTION_STARTED_ON = "constructionStartedOn";
        public static final String REPORT_DUE_DAYS = "reportDueDays";
        public static final String REPORT_PERIOD = "reportPeriod";
        public static final String PROGRESS_PERCENT = "progressPercent";
        public static final String INVESTMENT_TO_DATE = "investmentToDate";
        public static final String PROGRESS_NOTE = "progressNote";
        public static final String CONSTRUCTION_COMPLETED = "constructionCompleted";
        public static final String COMPLETED_ON = "completedOn";
        public static final String PRODUCTION_STARTED_ON = "productionStartedOn";
        public static final String ACTUAL_INVESTMENT = "actualInvestment";
        public static final String EVALUATION_POLICY_RESULT = "evaluationPolicy";
        public static final String EVALUATION_DELAY_MONTHS = "evaluationDelayMonths";
        public static final String EVALUATION_DAYS = "evaluationDays";
        public static final String TOLERANCE_RATIO = "toleranceRatio";
        public static final String EVALUATION_DUE_AT = "evaluationDueAt";
        public static final String ACTUAL_ANNUAL_OUTPUT = "actualAnnualOutput";
        public static final String ACTUAL_ANNUAL_TAX = "actualAnnualTax";
        public static final String EVALUATION_NOTE = "evaluationNote";
        public static final String OUTPUT_SHORTFALL = "outputShortfall";
        public static final String EVALUATION_SUMMARY = "evaluationSummary";
        public static final String RECTIFICATION_MONTHS = "rectificationMonths";
        public static final String LIQUIDATED_DAMAGES = "liquidatedDamages";
        public static final String INCENTIVE_REFUND = "incentiveRefund";
        public static final String LAND_RECOVERY = "landRecovery";
        public static final String BREACH_DECISION_REASON = "breachDecisionReason";

        private Var() {
        }
    }

    /** Codes of outcomes the gateways test. */
    public static final class Outcome {
        public static final String PURSUE = "PURSUE";
        public static final String DROP = "DROP";
        public static final String AGREED = "AGREED";
        public static final String TRANSFER_REQUESTED = "TRANSFER_REQUESTED";
        public static final String ABANDONED = "ABANDONED";
        public static final String AGREE = "AGREE";
        public static final String AGREE_WITH_CONDITIONS = "AGREE_WITH_CONDITIONS";
        public static final String DISAGREE = "DISAGREE";
        public static final String PASS = "PASS";
        public static final String PASS_WITH_CONDITIONS = "PASS_WITH_CONDITIONS";
        public static final String NOT_INTRODUCED = "NOT_INTRODUCED";
        public static final String STAGE_APPROVED = "APPROVED";
        public static final String STAGE_RETURNED = "RETURNED";

        private Outcome() {
        }
    }
}
