package cn.jiangmen.greenchannel.perf;

import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.perf.EngineRest.NodeFailure;
import cn.jiangmen.greenchannel.perf.EngineRest.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;

/**
 * Carries out a {@link Journey} over /engine-rest as the approvers would: each user looks up the
 * project's open task the way Tasklist does (candidate user incl. groups, paged) and completes it.
 * Steps behind a job (the asyncBefore join, the transfer's asyncAfter, timers) simply wait until
 * the job executor of some node has run them. A write whose node died while it was in flight is
 * verified before it is repeated, so a lost answer never completes a task twice.
 */
public class RestJourneyRunner {

    /** Where a journey stands, for the caller's bookkeeping. */
    public static final class Progress {
        public volatile String processInstanceId;
        public volatile String projectCode;
        public volatile int step;
    }

    private final EngineRest rest;
    private final String admin;
    private final Duration stepTimeout;
    public final Stats startLatency = new Stats();
    public final Stats completeLatency = new Stats();
    public final AtomicLong starts = new AtomicLong();
    public final AtomicLong completions = new AtomicLong();
    public final AtomicLong optimisticLockingRetries = new AtomicLong();
    public final AtomicLong verifiedAfterNodeFailure = new AtomicLong();
    /** Successful writes (starts, completions, due-date moves) per serving node. */
    public final AtomicLongArray writesPerNode;
    private Consumer<Journey.Action> afterAction = a -> { };

    public RestJourneyRunner(EngineRest rest, String admin, Duration stepTimeout) {
        this.rest = rest;
        this.admin = admin;
        this.stepTimeout = stepTimeout;
        this.writesPerNode = new AtomicLongArray(rest.nodes());
    }

    public RestJourneyRunner afterEachAction(Consumer<Journey.Action> listener) {
        this.afterAction = listener;
        return this;
    }

    public Progress run(Journey journey, int preferredNode) {
        Progress progress = new Progress();
        for (Journey.Action action : journey.actions) {
            if (action instanceof Journey.Start s) {
                start(journey, s, preferredNode, progress);
            } else if (action instanceof Journey.Complete c) {
                complete(c, preferredNode, progress);
            } else if (action instanceof Journey.DueTimer t) {
                dueTimer(t, preferredNode, progress);
            } else if (action instanceof Journey.Stage s) {
                stage(s, preferredNode, progress);
            }
            progress.step++;
            afterAction.accept(action);
        }
        return progress;
    }

    private void start(Journey journey, Journey.Start s, int node, Progress progress) {
        Map<String, Object> body = Map.of("variables", EngineRest.typed(s.variables()));
        while (true) {
            long t0 = System.nanoTime();
            Response r;
            try {
                r = rest.post(node, s.user(), "/process-definition/key/" + LifecycleProcess.KEY + "/start", body);
            } catch (NodeFailure failure) {
                // did the start commit before the node died? find the instance by its project name
                EngineRest.sleep(500);
                Response found = rest.get(node, admin, "/process-instance?processDefinitionKey=" + LifecycleProcess.KEY
                        + "&variables=" + EngineRest.enc("projectName_eq_" + journey.projectName)
                        + "&firstResult=0&maxResults=5");
                if (found.ok() && found.json().size() == 1) {
                    progress.processInstanceId = found.json().get(0).get("id").asText();
                    progress.projectCode = found.json().get(0).get("businessKey").asText();
                    verifiedAfterNodeFailure.incrementAndGet();
                    return;
                }
                continue;
            }
            if (r.ok()) {
                startLatency.add(System.nanoTime() - t0);
                starts.incrementAndGet();
                writesPerNode.incrementAndGet(r.node());
                progress.processInstanceId = r.json().get("id").asText();
                progress.projectCode = r.json().get("businessKey").asText();
                return;
            }
            if (isOptimisticLocking(r)) {
                optimisticLockingRetries.incrementAndGet();
                continue;
            }
            throw new IllegalStateException("start of " + journey.projectName + " answered " + r.status() + ": "
                    + r.body());
        }
    }

    private void complete(Journey.Complete c, int node, Progress progress) {
        long deadline = System.nanoTime() + stepTimeout.toNanos();
        String attempted = null;
        String query = "/task?processInstanceBusinessKey=" + EngineRest.enc(progress.projectCode)
                + "&taskDefinitionKey=" + c.taskKey() + "&candidateUser=" + EngineRest.enc(c.user())
                + "&includeAssignedTasks=true&firstResult=0&maxResults=5";
        Map<String, Object> body = Map.of("variables", EngineRest.typed(c.variables()));
        while (System.nanoTime() < deadline) {
            if (attempted != null && finished(node, attempted)) {
                // the completion committed, only its answer was lost with the node
                verifiedAfterNodeFailure.incrementAndGet();
                return;
            }
            Response tasks = rest.get(node, c.user(), query);
            if (!tasks.ok()) {
                throw new IllegalStateException("task query " + c.taskKey() + " answered " + tasks.status() + ": "
                        + tasks.body());
            }
            if (tasks.json().size() == 0) {
                EngineRest.sleep(100); // a job (join, async step, timer) has not run yet
                continue;
            }
            if (tasks.json().size() > 1) {
                throw new IllegalStateException(progress.projectCode + ": " + tasks.json().size() + " open tasks at "
                        + c.taskKey() + " (a step ran twice?)");
            }
            String taskId = tasks.json().get(0).get("id").asText();
            long t0 = System.nanoTime();
            Response done;
            try {
                attempted = taskId;
                done = rest.post(node, c.user(), "/task/" + taskId + "/complete", body);
            } catch (NodeFailure failure) {
                EngineRest.sleep(500);
                continue;
            }
            if (done.ok()) {
                completeLatency.add(System.nanoTime() - t0);
                completions.incrementAndGet();
                writesPerNode.incrementAndGet(done.node());
                return;
            }
            if (isOptimisticLocking(done)) {
                optimisticLockingRetries.incrementAndGet();
                continue;
            }
            if (done.status() == 404) {
                continue; // completed meanwhile (answer lost): checked at the top of the loop
            }
            throw new IllegalStateException(progress.projectCode + ": completing " + c.taskKey() + " as " + c.user()
                    + " answered " + done.status() + ": " + done.body());
        }
        throw new IllegalStateException(progress.projectCode + ": no open task " + c.taskKey() + " for " + c.user()
                + " within " + stepTimeout.toSeconds() + " s");
    }

    /**
     * Works the project's stage tasks, whoever they are offered to, until the stage's instance has
     * ended. Each task is looked up afresh, so a completion lost with a dying node is simply found
     * done (or still open) on the next round.
     */
    private void stage(Journey.Stage s, int node, Progress progress) {
        long deadline = System.nanoTime() + stepTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (RestClient.finishedInstances(rest, node, admin, Journey.STAGE_PROCESS, progress.projectCode) >= s.number()) {
                return;
            }
            boolean worked = false;
            for (EngineClient.OpenTask t : RestClient.openTasks(rest, node, admin, progress.projectCode)) {
                Map<String, Object> variables = Journey.STAGE_TASKS.get(t.key());
                if (variables == null || t.worker() == null) {
                    continue;
                }
                long t0 = System.nanoTime();
                Response done;
                try {
                    done = rest.post(node, t.worker(), "/task/" + t.id() + "/complete",
                            Map.of("variables", EngineRest.typed(variables)));
                } catch (NodeFailure failure) {
                    EngineRest.sleep(500);
                    worked = true;
                    break;
                }
                if (done.ok()) {
                    completeLatency.add(System.nanoTime() - t0);
                    completions.incrementAndGet();
                    writesPerNode.incrementAndGet(done.node());
                } else if (isOptimisticLocking(done)) {
                    optimisticLockingRetries.incrementAndGet();
                } else if (done.status() != 404) {
                    throw new IllegalStateException(progress.projectCode + ": completing " + t.key() + " as "
                            + t.worker() + " answered " + done.status() + ": " + done.body());
                }
                worked = true;
                break;
            }
            if (!worked) {
                EngineRest.sleep(100); // a job of the stage has not run yet
            }
        }
        throw new IllegalStateException(progress.projectCode + ": stage " + s.number() + " not finished within "
                + stepTimeout.toSeconds() + " s");
    }

    /** The task has ended (history): a completion that reached the database. */
    private boolean finished(int node, String taskId) {
        Response r = rest.get(node, admin, "/history/task?taskId=" + taskId + "&firstResult=0&maxResults=1");
        return r.ok() && r.json().size() == 1 && !r.json().get(0).path("endTime").isNull()
                && !r.json().get(0).path("endTime").isMissingNode();
    }

    private void dueTimer(Journey.DueTimer t, int node, Progress progress) {
        long deadline = System.nanoTime() + stepTimeout.toNanos();
        boolean attempted = false;
        while (System.nanoTime() < deadline) {
            Response jobs = rest.get(node, admin, "/job?processInstanceId=" + progress.processInstanceId
                    + "&activityId=" + t.activityId() + "&timers=true&firstResult=0&maxResults=5");
            if (!jobs.ok()) {
                throw new IllegalStateException("job query answered " + jobs.status() + ": " + jobs.body());
            }
            if (jobs.json().size() == 0) {
                if (attempted) {
                    return; // moved before its node died, and fired since
                }
                EngineRest.sleep(100);
                continue;
            }
            JsonNode job = jobs.json().get(0);
            SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
            String now = format.format(new Date(System.currentTimeMillis() - 60_000));
            try {
                attempted = true;
                Response r = rest.put(node, admin, "/job/" + job.get("id").asText() + "/duedate",
                        Map.of("duedate", now));
                if (r.ok()) {
                    writesPerNode.incrementAndGet(r.node());
                    return;
                }
                if (r.status() == 404) {
                    return; // already fired
                }
                if (!isOptimisticLocking(r)) {
                    throw new IllegalStateException("due date of " + t.activityId() + " answered " + r.status() + ": "
                            + r.body());
                }
                optimisticLockingRetries.incrementAndGet();
            } catch (NodeFailure failure) {
                EngineRest.sleep(500); // idempotent: set it again on a live node
            }
        }
        throw new IllegalStateException(progress.projectCode + ": no timer at " + t.activityId());
    }

    static boolean isOptimisticLocking(Response r) {
        return r.status() >= 400 && r.body() != null && r.body().contains("OptimisticLocking");
    }
}
