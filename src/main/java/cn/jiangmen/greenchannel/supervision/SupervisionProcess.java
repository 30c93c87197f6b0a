package cn.jiangmen.greenchannel.supervision;

/** Ids and variable names of {@code supervision-case} (docs/process-contract.md). */
public final class SupervisionProcess {

    private SupervisionProcess() {
    }

    public static final class Element {
        public static final String DAILY_SCAN = "StartEvent_DailyScan";
        public static final String NOTICE = "UserTask_SupervisionNotice";
        public static final String INTERVIEW = "UserTask_SupervisionInterview";
        public static final String LEADER = "UserTask_LeaderSupervision";
        public static final String NEW_DUE_DATE = "IntermediateCatchEvent_NewDueDate";
        public static final String END_CLOSED = "EndEvent_CaseClosed";

        private Element() {
        }
    }

    public static final class Var {
        public static final String CASE_ID = "caseId";
        public static final String PROJECT_CODE = "projectCode";
        public static final String STEP = "step";
        public static final String ANSWER_DAYS = "answerDays";
        public static final String LEAD_GROUPS = "leadGroups";
        public static final String LEAD_USERS = "leadUsers";
        public static final String ITEM = "supervisionItem";
        public static final String SUMMARY = "supervisionSummary";
        public static final String MISS_COUNT = "missCount";
        public static final String CAUSE = "missCause";
        public static final String REMEDY = "remedy";
        public static final String NEW_DUE_DATE = "newDueDate";
        public static final String NEW_DUE_AT = "newDueAt";
        public static final String ITEM_REACHED = "itemReached";

        private Var() {
        }
    }
}
