package cn.jiangmen.greenchannel.lead;

/**
 * The one home of lead-follow-up's key, element ids, message and variable names
 * (docs/process-contract.md, domain.md §10.18). Delegates, tests and docs use these names.
 */
public final class LeadFollowUpProcess {

    public static final String KEY = "lead-follow-up";
    public static final String RESOURCE = "bpmn/lead-follow-up.bpmn";
    /** Correlated by business key when the agreement is signed or the lifecycle ends any other way. */
    public static final String MESSAGE_ENDED = "LeadFollowUpEnded";

    private LeadFollowUpProcess() {
    }

    /** Element ids. */
    public static final class Element {
        public static final String START = "StartEvent_FollowUpStarted";
        public static final String FOLLOW_UP_FORK = "Gateway_FollowUpFork";
        public static final String FEEDBACK_OWED = "Gateway_FeedbackOwed";
        public static final String END_NO_FEEDBACK_OWED = "EndEvent_NoFeedbackOwed";
        public static final String REPORTS_OWED = "Gateway_ReportsOwed";
        public static final String END_NO_REPORTS_OWED = "EndEvent_NoReportsOwed";
        public static final String GIVE_FEEDBACK = "UserTask_GiveFeedback";
        public static final String RECORD_FEEDBACK = "ServiceTask_RecordFeedback";
        public static final String END_FEEDBACK_GIVEN = "EndEvent_FeedbackGiven";
        public static final String PROGRESS_REPORTS = "SubProcess_ProgressReports";
        public static final String NEXT_REPORT_PERIOD = "IntermediateCatchEvent_NextLeadReportPeriod";
        public static final String CHECK_REPORT_DUE = "ServiceTask_CheckReportDue";
        public static final String REPORT_PROGRESS = "UserTask_ReportLeadProgress";
        public static final String RECORD_PROGRESS = "ServiceTask_RecordLeadProgress";
        public static final String END_REPORTS_NO_LONGER_DUE = "EndEvent_ReportsNoLongerDue";
        public static final String FOLLOW_UP_ENDED = "BoundaryEvent_LeadFollowUpEnded";
        public static final String END_REPORTS_ENDED = "EndEvent_ReportsEnded";
        public static final String END_REPORTS_STOPPED = "EndEvent_ReportsStopped";

        private Element() {
        }
    }

    /** Variable names (project facts use the lifecycle's names: projectCode, projectName, ownerCounty …). */
    public static final class Var {
        /** Date of registration (yyyy-MM-dd): feedback is due {@code feedbackDays} calendar days after it. */
        public static final String LEAD_REGISTERED_ON = "leadRegisteredOn";
        /** Date of judging (yyyy-MM-dd): report period n opens {@code n × reportIntervalDays} days after it. */
        public static final String FOLLOW_UP_STARTED_ON = "followUpStartedOn";
        /** Number of the next progress report, from 1. */
        public static final String REPORT_ROUND = "reportRound";
        /** Set before each report period: the project is neither signed nor finished. */
        public static final String REPORT_STILL_DUE = "reportStillDue";
        // feedback form
        public static final String FEEDBACK_CONTENT = "feedbackContent";
        public static final String FEEDBACK_CHANNEL = "feedbackChannel";
        public static final String FEEDBACK_DATE = "feedbackDate";
        // report form
        public static final String PROGRESS_SUMMARY = "progressSummary";
        public static final String NEXT_STEP = "nextStep";
        public static final String EXPECTED_SIGNING_DATE = "expectedSigningDate";

        private Var() {
        }
    }
}
