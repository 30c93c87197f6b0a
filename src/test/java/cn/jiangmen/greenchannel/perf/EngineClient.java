package cn.jiangmen.greenchannel.perf;

import java.util.List;
import java.util.Map;

/**
 * What a benchmark client does with an engine, over the Java API ({@link ApiClient}) or over
 * /engine-rest ({@link RestClient}). A conflicting concurrent change surfaces as
 * {@link OptimisticLockingConflict}; the driver retries and counts it.
 */
public interface EngineClient {

    record Started(String processInstanceId, String businessKey) {
    }

    /** Starts {@code processKey} as {@code user}; {@code businessKey} may be null (the process assigns one). */
    Started start(String user, String processKey, String businessKey, Map<String, Object> variables);

    /** The id of the instance tree's open task at {@code taskKey} that {@code user} may work on, or null. */
    String findTask(String businessKey, String taskKey, String user);

    void complete(String taskId, String user, Map<String, Object> variables);

    /** The id of the instance's timer job at {@code activityId}, or null. */
    String findTimer(String processInstanceId, String activityId);

    /** Moves the job's due date to a minute ago: the job executor fires it at its next acquisition. */
    void makeDue(String jobId);

    /** An open task with its candidates (as the administrator sees it). */
    record OpenTask(String id, String key, List<String> candidateUsers, List<String> candidateGroups) {
        /** The user to work it: a candidate user, else the user of a candidate group ({@link Journey#userOf}). */
        public String worker() {
            if (!candidateUsers.isEmpty()) {
                return candidateUsers.get(0);
            }
            return candidateGroups.stream().map(Journey::userOf).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(null);
        }
    }

    /** Open tasks of every process instance with the business key (lifecycle, stages, items, transfer). */
    List<OpenTask> openTasks(String businessKey);

    /** How many instances of {@code processKey} with the business key have ended. */
    long finishedInstances(String processKey, String businessKey);

    class OptimisticLockingConflict extends RuntimeException {
        public OptimisticLockingConflict(String message) {
            super(message);
        }
    }
}
