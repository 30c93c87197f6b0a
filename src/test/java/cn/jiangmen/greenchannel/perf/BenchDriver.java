package cn.jiangmen.greenchannel.perf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Drives a batch of scripted process instances with a fixed number of client threads, as approvers
 * work: each thread keeps a few instances in hand and, while one waits for the job executor (a join,
 * an async step, a timer), works on another. Counts every write and times starts, task look-ups
 * and completions.
 */
public class BenchDriver {

    /** A script: which process to start (business key null: the process assigns one) and the actions. */
    /** A script: which process to start (business key null: the process assigns one), the actions, and how many
     * jobs (async continuations, timers) the job executor runs for it. */
    public record Script(String name, String processKey, String businessKey, List<Journey.Action> actions, int jobs) {
    }

    private final EngineClient client;
    private final int threads;
    private final int inHand;

    public final Stats startLatency = new Stats();
    public final Stats completeLatency = new Stats();
    public final Stats lookupLatency = new Stats();
    public final AtomicLong starts = new AtomicLong();
    public final AtomicLong completions = new AtomicLong();
    public final AtomicLong dueDateMoves = new AtomicLong();
    public final AtomicLong optimisticLockingRetries = new AtomicLong();
    public final AtomicLong emptyLookups = new AtomicLong();
    /** Jobs of the scripts that finished (see {@link Script#jobs()}). */
    public final AtomicLong jobs = new AtomicLong();
    public final AtomicLong finishedScripts = new AtomicLong();
    public final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    public BenchDriver(EngineClient client, int threads, int inHand) {
        this.client = client;
        this.threads = threads;
        this.inHand = inHand;
    }

    public void reset() {
        startLatency.clear();
        completeLatency.clear();
        lookupLatency.clear();
        starts.set(0);
        completions.set(0);
        dueDateMoves.set(0);
        optimisticLockingRetries.set(0);
        emptyLookups.set(0);
        jobs.set(0);
        finishedScripts.set(0);
    }

    /** Runs scripts {@code first} … {@code first + count - 1}; returns the wall time in seconds. */
    public double run(int first, int count, IntFunction<Script> scripts) throws InterruptedException {
        AtomicInteger next = new AtomicInteger(first);
        int end = first + count;
        List<Thread> workers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> work(next, end, scripts), "bench-client-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private final class Cursor {
        final Script script;
        int step;
        String processInstanceId;
        String businessKey;
        long notBefore;

        Cursor(Script script) {
            this.script = script;
            this.businessKey = script.businessKey();
        }

        boolean finished() {
            return step >= script.actions().size();
        }

        /** Tries the next action; false when it has to wait (for a job, say). */
        boolean advance() {
            Journey.Action action = script.actions().get(step);
            try {
                if (action instanceof Journey.Start s) {
                    long t0 = System.nanoTime();
                    EngineClient.Started started = client.start(s.user(), script.processKey(), script.businessKey(),
                            s.variables());
                    startLatency.add(System.nanoTime() - t0);
                    starts.incrementAndGet();
                    processInstanceId = started.processInstanceId();
                    businessKey = started.businessKey();
                } else if (action instanceof Journey.Complete c) {
                    long t0 = System.nanoTime();
                    String taskId = client.findTask(businessKey, c.taskKey(), c.user());
                    lookupLatency.add(System.nanoTime() - t0);
                    if (taskId == null) {
                        emptyLookups.incrementAndGet();
                        return false;
                    }
                    long t1 = System.nanoTime();
                    client.complete(taskId, c.user(), c.variables());
                    completeLatency.add(System.nanoTime() - t1);
                    completions.incrementAndGet();
                } else if (action instanceof Journey.Stage st) {
                    if (client.finishedInstances(Journey.STAGE_PROCESS, businessKey) >= st.number()) {
                        step++;
                        return true;
                    }
                    for (EngineClient.OpenTask t : client.openTasks(businessKey)) {
                        Map<String, Object> variables = Journey.STAGE_TASKS.get(t.key());
                        if (variables != null && t.worker() != null) {
                            long t1 = System.nanoTime();
                            client.complete(t.id(), t.worker(), variables);
                            completeLatency.add(System.nanoTime() - t1);
                            completions.incrementAndGet();
                            return true; // the stage goes on: same action next time
                        }
                    }
                    emptyLookups.incrementAndGet();
                    return false; // a job of the stage has not run yet
                } else if (action instanceof Journey.DueTimer d) {
                    String jobId = client.findTimer(processInstanceId, d.activityId());
                    if (jobId == null) {
                        emptyLookups.incrementAndGet();
                        return false;
                    }
                    client.makeDue(jobId);
                    dueDateMoves.incrementAndGet();
                }
            } catch (EngineClient.OptimisticLockingConflict e) {
                optimisticLockingRetries.incrementAndGet();
                return false;
            }
            step++;
            return true;
        }
    }

    private void work(AtomicInteger next, int end, IntFunction<Script> scripts) {
        List<Cursor> hand = new ArrayList<>();
        while (true) {
            while (hand.size() < inHand) {
                int i = next.getAndIncrement();
                if (i >= end) {
                    break;
                }
                hand.add(new Cursor(scripts.apply(i)));
            }
            if (hand.isEmpty()) {
                return;
            }
            boolean progressed = false;
            long now = System.nanoTime();
            for (Iterator<Cursor> it = hand.iterator(); it.hasNext(); ) {
                Cursor c = it.next();
                if (c.notBefore > now) {
                    continue;
                }
                try {
                    if (c.advance()) {
                        progressed = true;
                    } else {
                        c.notBefore = System.nanoTime() + 25_000_000L;
                    }
                } catch (RuntimeException e) {
                    errors.add(c.script.name() + " step " + c.step + ": " + e);
                    it.remove();
                    continue;
                }
                if (c.finished()) {
                    jobs.addAndGet(c.script.jobs());
                    finishedScripts.incrementAndGet();
                    it.remove();
                }
            }
            if (!progressed) {
                EngineRest.sleep(5);
            }
        }
    }

    /** The lifecycle journey of project {@code index} as a script. */
    public static Script lifecycle(int index, int transferEvery) {
        Journey j = Journey.forProject(index, transferEvery);
        return new Script(j.projectName, cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.KEY, null, j.actions,
                j.jobs());
    }

    /** Per-user groups for the Java API client. */
    public static Map<String, List<String>> groups() {
        return Journey.users();
    }
}
