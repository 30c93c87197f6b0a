package cn.jiangmen.greenchannel.transfer;

/** The one home of project-transfer's key, element ids, messages and variables (docs/process-contract.md). */
public final class TransferProcess {

    public static final String KEY = "project-transfer";
    public static final String POLICY_DECISION = "transfer-policy";

    /** Messages between project-transfer and project-lifecycle, correlated by business key. */
    public static final String MESSAGE_TRANSFER_STARTED = "TransferStarted";
    public static final String MESSAGE_TRANSFER_ACCEPTED = "TransferAccepted";
    public static final String MESSAGE_PROJECT_LOST = "ProjectLost";

    private TransferProcess() {
    }

    public static final class Element {
        public static final String REVIEW_TRANSFER = "UserTask_ReviewTransfer";
        public static final String ANSWER_OFFER = "UserTask_AnswerOffer";
        public static final String ANSWER_OVERDUE = "BoundaryEvent_AnswerOverdue";
        public static final String FOLLOW_UP_SILENCE = "UserTask_FollowUpSilence";
        public static final String DECIDE_UNPLACED = "UserTask_DecideUnplaced";
        public static final String END_ACCEPTED = "EndEvent_TransferAccepted";
        public static final String END_REJECTED = "EndEvent_TransferRejected";
        public static final String END_LOST = "EndEvent_ProjectLost";

        private Element() {
        }
    }

    public static final class Var {
        public static final String PROJECT_CODE = "projectCode";
        public static final String REQUESTED_BY = "transferRequestedBy";
        public static final String REASON_CATEGORY = "transferReasonCategory";
        public static final String REASON = "transferReason";
        public static final String PREFERRED_COUNTY = "preferredCounty";
        public static final String ORIGIN_COUNTY = "originCounty";
        public static final String POLICY_RESULT = "transferPolicy";
        public static final String ANSWER_DAYS = "answerDays";
        public static final String CREDIT_SHARE_RATIO = "creditShareRatio";
        public static final String CREDIT_SHARE_YEARS = "creditShareYears";
        public static final String PROPOSED_COUNTIES = "proposedCounties";
        public static final String REVIEW_DECISION = "transferReviewDecision";
        public static final String RECEIVING_COUNTIES = "receivingCounties";
        public static final String REVIEW_NOTE = "transferReviewNote";
        public static final String PENDING_COUNTIES = "pendingCounties";
        public static final String OFFER_AVAILABLE = "offerAvailable";
        public static final String OFFER_SEQ = "offerSeq";
        public static final String OFFERED_COUNTY = "offeredCounty";
        public static final String OFFERED_COUNTY_GROUP = "offeredCountyGroup";
        public static final String ANSWER_DUE_AT = "answerDueAt";
        public static final String OFFER_ANSWER = "offerAnswer";
        public static final String OFFER_ANSWER_REASON = "offerAnswerReason";
        public static final String NEW_COMMISSIONER_ID = "newCommissionerId";
        public static final String SILENCE_NOTE = "silenceNote";
        public static final String UNPLACED_DECISION = "unplacedDecision";
        public static final String MORE_COUNTIES = "moreCounties";
        public static final String LOST_REASON = "lostReason";

        private Var() {
        }
    }

    public static final String PROPOSE = "PROPOSE";
    public static final String REJECT = "REJECT";
    public static final String ACCEPT = "ACCEPT";
    public static final String DECLINE = "DECLINE";
    public static final String MORE = "MORE_COUNTIES";
    public static final String LOST = "LOST";
}
