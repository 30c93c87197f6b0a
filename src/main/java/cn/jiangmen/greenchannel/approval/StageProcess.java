package cn.jiangmen.greenchannel.approval;

/** The one home of green-channel-stage's key, element ids and variables (docs/process-contract.md). */
public final class StageProcess {

    public static final String KEY = "green-channel-stage";
    public static final String STAGE_LEAD_DECISION = "stage-lead";

    private StageProcess() {
    }

    public static final class Element {
        public static final String CONFIRM_ITEMS = "UserTask_ConfirmItems";
        public static final String APPROVAL_ITEMS = "CallActivity_ApprovalItems";
        public static final String END_APPROVED = "EndEvent_StageApproved";
        public static final String END_RETURNED = "EndEvent_StageReturned";

        private Element() {
        }
    }

    public static final class Var {
        public static final String STAGE = "stage";
        public static final String STAGE_LEAD_RESULT = "stageLead";
        public static final String STAGE_NAME = "stageName";
        public static final String STAGE_LEAD_GROUP = "stageLeadGroup";
        public static final String STAGE_LIMIT_DAYS = "stageLimitDays";
        public static final String STAGE_OUTCOME = "stageOutcome";
        public static final String STAGE_RETURN_REASON = "stageReturnReason";

        private Var() {
        }
    }

    public static final String APPROVED = "APPROVED";
    public static final String RETURNED = "RETURNED";
}
