package cn.jiangmen.greenchannel.approval;

/**
 * The one home of the green channel's process keys, element ids, messages and variables
 * (approval-item, approval-follow-up; green-channel-stage is {@link StageProcess}).
 */
public final class GreenChannelProcess {

    public static final String ITEM_KEY = "approval-item";
    public static final String FOLLOW_UP_KEY = "approval-follow-up";
    public static final String ITEM_RULES_DECISION = "item-rules";
    public static final String MODE_DECISION = "approval-mode";
    public static final String ITEMS_DECISION = "approval-items";
    public static final String MESSAGE_APPROVAL_REVOKED = "ApprovalRevoked";

    private GreenChannelProcess() {
    }

    public static final class Element {
        public static final String CONFIRM_ITEMS = "UserTask_ConfirmItems";
        public static final String SUBMIT_APPLICATION = "UserTask_SubmitApplication";
        public static final String ACCEPTANCE_CHECK = "UserTask_AcceptanceCheck";
        public static final String SUBMIT_CORRECTION = "UserTask_SubmitCorrection";
        public static final String TOLERANT_ACCEPTANCE = "UserTask_TolerantAcceptance";
        public static final String REVIEW_ITEM = "UserTask_ReviewItem";
        public static final String DECIDE_ON_COMMITMENT = "UserTask_DecideOnCommitment";
        public static final String VERIFY_COMMITMENT = "UserTask_VerifyCommitment";
        public static final String CHECK_RECTIFICATION = "UserTask_CheckRectification";
        public static final String SUBMIT_SUPPLEMENT = "UserTask_SubmitSupplement";
        public static final String CHECK_SUPPLEMENT = "UserTask_CheckSupplement";
        public static final String SUPPLEMENT_REMINDER = "BoundaryEvent_SupplementReminder";
        public static final String SUPPLEMENT_OVERDUE = "BoundaryEvent_SupplementOverdue";

        private Element() {
        }
    }

    public static final class Var {
        public static final String STAGE_INSTANCE_ID = "stageInstanceId";
        public static final String PROPOSED_ITEM_LIST = "proposedItemList";
        public static final String PROPOSED_ITEMS = "proposedItems";
        public static final String CONFIRMED_ITEMS = "confirmedItems";
        public static final String ITEM_CODE = "itemCode";
        public static final String ITEM_NAME = "itemName";
        public static final String DEPARTMENT_GROUP = "departmentGroup";
        public static final String DEPARTMENT_NAME = "departmentName";
        public static final String ITEM_RULES = "itemRules";
        public static final String PROMISED_DAYS = "promisedDays";
        public static final String COMMITMENT_ALLOWED = "commitmentAllowed";
        public static final String COMMITMENT_DAYS = "commitmentDays";
        public static final String TOLERANT_ALLOWED = "tolerantAllowed";
        public static final String VERIFICATION_DAYS = "verificationDays";
        public static final String BAR_MONTHS = "barMonths";
        public static final String REMINDER_DAYS = "reminderDays";
        public static final String CREDIT_STATUS = "creditStatus";
        public static final String MATERIAL_LIST = "materialList";
        public static final String MISSING_MATERIALS = "missingMaterials";
        public static final String CHOOSE_COMMITMENT = "chooseCommitment";
        public static final String COMMITMENT_SIGNED = "commitmentSigned";
        public static final String ALL_COMPLETE = "allComplete";
        public static final String CORE_COMPLETE = "coreComplete";
        public static final String MODE_DECISION_RESULT = "modeDecision";
        public static final String MODE = "mode";
        public static final String MODE_REASON = "modeReason";
        public static final String ITEM_DUE_AT = "itemDueAt";
        public static final String ITEM_DUE_DATE = "itemDueDate";
        public static final String ACCEPTANCE_RESULT = "acceptanceResult";
        public static final String CORRECTION_NOTICE = "correctionNotice";
        public static final String CORRECTION_NOTE = "correctionNote";
        public static final String SUPPLEMENT_DEADLINE = "supplementDeadline";
        public static final String TOLERANCE_NOTICE = "toleranceNotice";
        public static final String ITEM_DECISION = "itemDecision";
        public static final String ITEM_DECISION_REASON = "itemDecisionReason";
        public static final String ITEM_OUTCOME = "itemOutcome";
        public static final String ITEM_REASON = "itemReason";
        public static final String FOLLOW_UP_KIND = "followUpKind";
        public static final String CASE_ID = "caseId";
        public static final String VERIFICATION_DUE_AT = "verificationDueAt";
        public static final String VERIFICATION_DUE_DATE = "verificationDueDate";
        public static final String VERIFICATION_RESULT = "verificationResult";
        public static final String VERIFICATION_FINDINGS = "verificationFindings";
        public static final String RECTIFICATION_DEADLINE = "rectificationDeadline";
        public static final String RECTIFICATION_DUE_AT = "rectificationDueAt";
        public static final String RECTIFICATION_RESULT = "rectificationResult";
        public static final String RECTIFICATION_NOTE = "rectificationNote";
        public static final String SUPPLEMENT_DUE_AT = "supplementDueAt";
        public static final String REMINDER_AT = "reminderAt";
        public static final String SUPPLEMENT_NOTE = "supplementNote";
        public static final String SUPPLEMENT_RESULT = "supplementResult";
        public static final String SUPPLEMENT_CHECK_NOTE = "supplementCheckNote";
        public static final String FORCE_STANDARD = "forceStandard";
        public static final String REVOKED_ITEM = "revokedItem";
        public static final String REVOCATION_REASON = "revocationReason";

        private Var() {
        }
    }

    public static final String STANDARD = "STANDARD";
    public static final String COMMITMENT = "COMMITMENT";
    public static final String TOLERANT = "TOLERANT";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";
    public static final String VERIFICATION = "VERIFICATION";
    public static final String SUPPLEMENT = "SUPPLEMENT";
    public static final String NONE = "NONE";
}
