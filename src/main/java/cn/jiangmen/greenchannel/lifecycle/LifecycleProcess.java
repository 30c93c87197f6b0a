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
        public static final String APPOINT_COMMISSIONER = "UserTask_AppointCommissioner";
        public static final String NEGOTIATE = "UserTask_Negotiate";
        public static final String HANDLE_TRANSFER_REQUEST = "UserTask_HandleTransferRequest";
        public static final String REVIEW_NATURAL_RESOURCES = "UserTask_ReviewNaturalResources";
        public static final String REVIEW_ECOLOGY_ENVIRONMENT = "UserTask_ReviewEcologyEnvironment";
        public static final String REVIEW_DEVELOPMENT_REFORM = "UserTask_ReviewDevelopmentReform";
        public static final String REVIEW_INDUSTRY_CHAIN = "UserTask_ReviewIndustryChain";
        public static final String REVIEW_JOIN = "Gateway_ReviewJoin";
        public static final String DECIDE_REVIEW = "UserTask_DecideReview";
        public static final String SIGN_AGREEMENT = "UserTask_SignAgreement";
        public static final String LANDING_FOLLOW_UP = "UserTask_LandingFollowUp";
        public static final String END_LEAD_DROPPED = "EndEvent_LeadDropped";
        public static final String END_ABANDONED = "EndEvent_Abandoned";
        public static final String END_NOT_INTRODUCED = "EndEvent_NotIntroduced";
        public static final String END_LANDING_HANDED_OVER = "EndEvent_LandingHandedOver";

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
        public static final String TRANSFER_NOTE = "transferNote";
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
        public static final String FOLLOW_UP_NOTE = "followUpNote";

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

        private Outcome() {
        }
    }
}
