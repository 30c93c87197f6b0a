package cn.jiangmen.greenchannel.supervision;

/** Ids and variable names of {@code monthly-bulletin} and {@code quarterly-urging} (docs/process-contract.md). */
public final class ReportingProcess {

    public static final String BULLETIN_KEY = "monthly-bulletin";
    public static final String URGING_KEY = "quarterly-urging";

    private ReportingProcess() {
    }

    public static final class Element {
        public static final String BULLETIN_TIMER = "StartEvent_DailyBulletinCheck";
        public static final String PRODUCE_BULLETIN = "ServiceTask_ProduceBulletin";
        public static final String ISSUE_BULLETIN = "UserTask_IssueBulletin";
        public static final String END_ISSUED = "EndEvent_BulletinIssued";
        public static final String END_NO_BULLETIN = "EndEvent_NoBulletinDue";
        public static final String URGING_TIMER = "StartEvent_DailyUrgingCheck";
        public static final String PREPARE_URGING = "ServiceTask_PrepareUrging";
        public static final String ANSWER_URGING = "UserTask_AnswerUrging";
        public static final String END_URGED = "EndEvent_CountiesUrged";
        public static final String END_NO_URGING = "EndEvent_NoUrgingDue";

        private Element() {
        }
    }

    public static final class Var {
        public static final String BULLETIN_PRODUCED = "bulletinProduced";
        public static final String BULLETIN_PERIOD = "bulletinPeriod";
        public static final String BULLETIN_SUMMARY = "bulletinSummary";
        public static final String ISSUE_NOTE = "issueNote";
        public static final String URGING_DUE = "urgingDue";
        public static final String URGING_PERIOD = "urgingPeriod";
        public static final String LAGGING_COUNTIES = "laggingCounties";
        public static final String URGED_COUNTY = "urgedCounty";
        public static final String URGING_FIGURES = "urgingFigures";
        public static final String URGING_ANSWER = "urgingAnswer";

        private Var() {
        }
    }
}
