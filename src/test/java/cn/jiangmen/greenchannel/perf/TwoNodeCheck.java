package cn.jiangmen.greenchannel.perf;

import cn.jiangmen.greenchannel.lead.LeadFollowUpProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.perf.EngineRest.Response;
import cn.jiangmen.greenchannel.transfer.TransferProcess;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The two-node check of scripts/two-node-check.sh (issue 9): two application instances share one
 * fresh PostgreSQL database; a batch of projects is driven over /engine-rest through both, with the
 * asyncBefore review join, the transfer's asyncAfter step and two timers per project run by the job
 * executors; node A is killed with SIGKILL in the middle (while it holds job locks if it can be
 * caught doing so); node B must finish everything. Then the database must show every project closed,
 * every job-driven step exactly once, no duplicate task, milestone or audit entry, and no incident.
 *
 * <p>Configured by environment variables (the script sets them): GC_NODE_URLS (comma-separated,
 * node A first), GC_NODE_A_PID, GC_NODE_IDS (lock owners, e.g. node-a,node-b), GC_DB_URL,
 * GC_DB_USER, GC_DB_PASSWORD, GC_ADMIN_ID, GC_ADMIN_PASSWORD, GC_USER_PASSWORD, and optionally
 * GC_PROJECTS (24), GC_THREADS (4), GC_TRANSFER_EVERY (3), GC_LOCK_TIME_MS (15000).
 * Prints "TWO-NODE CHECK: PASS" or "TWO-NODE CHECK: FAIL" and exits 0 or 1.
 */
public final class TwoNodeCheck {

    /** The timers, whose activity instances the history keeps (history level "greenchannel"). */
    /** The processes whose tasks the journey completes by name (the stages' items are counted per instance). */
    static final List<String> JOURNEY_PROCESSES = List.of(LifecycleProcess.KEY, TransferProcess.KEY,
            LeadFollowUpProcess.KEY);
    static final List<String> TIMERS = List.of(LifecycleProcess.Element.NEXT_REPORT_PERIOD,
            LifecycleProcess.Element.EVALUATION_DUE);
    /**
     * User tasks that a job creates: the decision after the asyncBefore review join, the centre's
     * review after the transfer's asyncAfter pause step, the report and the evaluation after their
     * timers. A job that ran twice would show as a second task (internal steps are not in history).
     */
    static final List<String> TASKS_AFTER_JOBS = List.of("UserTask_DecideReview", "UserTask_ReviewTransfer",
            "UserTask_ReportProgress", "UserTask_EvaluateOutput");

    /** Running process instances of the projects (every instance of a project carries its code). */
    static final String RUNNING = "SELECT COUNT(*) FROM act_ru_execution WHERE id_ = proc_inst_id_ "
            + "AND business_key_ IN (SELECT project_code FROM greenchannel.project)";

    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    private final List<String> urls = List.of(env("GC_NODE_URLS", null).split(","));
    private final long pidA = Long.parseLong(env("GC_NODE_A_PID", null));
    private final List<String> nodeIds = List.of(env("GC_NODE_IDS", "node-a,node-b").split(","));
    private final String dbUrl = env("GC_DB_URL", null);
    private final String dbUser = env("GC_DB_USER", null);
    private final String dbPassword = env("GC_DB_PASSWORD", null);
    private final String admin = env("GC_ADMIN_ID", null);
    private final int projects = Integer.parseInt(env("GC_PROJECTS", "24"));
    private final int threads = Integer.parseInt(env("GC_THREADS", "4"));
    private final int transferEvery = Integer.parseInt(env("GC_TRANSFER_EVERY", "3"));
    private final long lockTimeMs = Long.parseLong(env("GC_LOCK_TIME_MS", "15000"));

    private final EngineRest rest;
    private final RestJourneyRunner runner;
    private final AtomicInteger reportTimersDue = new AtomicInteger();
    private final AtomicReference<Timestamp> killedAt = new AtomicReference<>();
    private final Map<String, Set<String>> jobsSeenByOwner = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> jobsSeenAfterKill = new ConcurrentHashMap<>();
    private final List<String> orphanedAtKill = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean lockedByAAtKill;

    private TwoNodeCheck() {
        Map<String, String> passwords = new HashMap<>();
        passwords.put(admin, env("GC_ADMIN_PASSWORD", null));
        passwords.put("*", env("GC_USER_PASSWORD", null));
        rest = new EngineRest(urls, passwords);
        runner = new RestJourneyRunner(rest, admin, Duration.ofMillis(lockTimeMs + 90_000));
        runner.afterEachAction(a -> {
            if (a instanceof Journey.DueTimer t && t.activityId().equals(LifecycleProcess.Element.NEXT_REPORT_PERIOD)) {
                reportTimersDue.incrementAndGet();
            }
        });
    }

    public static void main(String[] args) throws Exception {
        // the application writes engine timestamps in Asia/Shanghai; read them the same way
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
        int rc = new TwoNodeCheck().run();
        System.exit(rc);
    }

    private int run() throws Exception {
        long t0 = System.nanoTime();
        say("nodes " + urls + " (lock owners " + nodeIds + "), " + projects + " projects, " + threads
                + " client threads, every " + transferEvery + ". project transferred, job lock time " + lockTimeMs + " ms");
        createUsers();

        Thread monitor = new Thread(this::monitorAndKill, "lock-monitor");
        monitor.setDaemon(true);
        monitor.start();

        List<Journey> journeys = new ArrayList<>();
        for (int i = 0; i < projects; i++) {
            journeys.add(Journey.forProject(i, transferEvery));
        }
        Map<String, Journey> byCode = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < journeys.size(); i = next.getAndIncrement()) {
                    Journey j = journeys.get(i);
                    try {
                        RestJourneyRunner.Progress p = runner.run(j, j.index % urls.size());
                        byCode.put(p.projectCode, j);
                    } catch (RuntimeException e) {
                        failures.add("project " + j.projectName + ": " + e.getMessage());
                    }
                }
            }));
        }
        for (Future<?> w : workers) {
            w.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        if (killedAt.get() == null) {
            failures.add("node A was never killed (the batch ended before half of its report timers were due)");
            kill();
        }
        say(String.format("driving done after %.1f s: %d starts, %d completions (REST writes per node %s), "
                + "%d optimistic-locking retries, %d writes verified after the node failure",
                (System.nanoTime() - t0) / 1e9, runner.starts.get(), runner.completions.get(),
                runner.writesPerNode, runner.optimisticLockingRetries.get(), runner.verifiedAfterNodeFailure.get()));
        waitForInstancesToEnd();
        verify(byCode);

        say(String.format("start-project %s", runner.startLatency.summary()));
        say(String.format("complete-task %s", runner.completeLatency.summary()));
        notes.forEach(n -> say("  " + n));
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (failures.isEmpty()) {
            System.out.printf("TWO-NODE CHECK: PASS (%d projects, node A killed, node B finished; %.0f s)%n",
                    projects, seconds);
            return 0;
        }
        failures.forEach(f -> System.out.println("  FAILED: " + f));
        System.out.printf("TWO-NODE CHECK: FAIL (%d problems; %.0f s)%n", failures.size(), seconds);
        return 1;
    }

    // ---- set-up ---------------------------------------------------------------------------------

    /** PostgreSQL mode has no demo users: the administrator creates the approvers over REST. */
    private void createUsers() {
        for (Map.Entry<String, List<String>> user : Journey.users().entrySet()) {
            String id = user.getKey();
            Response created = rest.post(1, admin, "/user/create", Map.of(
                    "profile", Map.of("id", id, "firstName", "测试", "lastName", id, "email", id + "@check.invalid"),
                    "credentials", Map.of("password", env("GC_USER_PASSWORD", null))));
            if (!created.ok()) {
                throw new IllegalStateException("creating user " + id + " answered " + created.status() + ": "
                        + created.body());
            }
            for (String group : user.getValue()) {
                Response member = rest.put(1, admin, "/group/" + group + "/members/" + id, null);
                if (!member.ok()) {
                    throw new IllegalStateException("adding " + id + " to " + group + " answered " + member.status()
                            + ": " + member.body());
                }
            }
        }
        say("created " + Journey.users().size() + " approvers with their groups over /engine-rest as " + admin);
    }

    // ---- the kill -------------------------------------------------------------------------------

    /**
     * Polls the job table every 50 ms: records which node locked which job, and kills node A once
     * half of the projects' report timers are due, preferably at a moment it holds job locks.
     */
    private void monitorAndKill() {
        long conditionSince = 0;
        try (Connection db = connect()) {
            while (true) {
                Map<String, String> locked = new HashMap<>();
                try (PreparedStatement ps = db.prepareStatement(
                        "SELECT id_, lock_owner_ FROM act_ru_job WHERE lock_owner_ IS NOT NULL");
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        locked.put(rs.getString(1), rs.getString(2));
                    }
                }
                boolean afterKill = killedAt.get() != null;
                Map<String, Set<String>> target = afterKill ? jobsSeenAfterKill : jobsSeenByOwner;
                locked.forEach((job, owner) -> {
                    // after the kill node A's stale locks stay in the table until they expire
                    if (!afterKill || !owner.equals(nodeIds.get(0))) {
                        target.computeIfAbsent(owner, o -> ConcurrentHashMap.newKeySet()).add(job);
                    }
                });
                if (killedAt.get() == null && reportTimersDue.get() * 2 >= projects) {
                    if (conditionSince == 0) {
                        conditionSince = System.nanoTime();
                    }
                    boolean aHoldsLocks = locked.containsValue(nodeIds.get(0));
                    if (aHoldsLocks || System.nanoTime() - conditionSince > Duration.ofSeconds(4).toNanos()) {
                        lockedByAAtKill = aHoldsLocks;
                        kill();
                        recordOrphans(db);
                    }
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            failures.add("lock monitor: " + e);
        }
    }

    private synchronized void kill() {
        if (killedAt.get() != null) {
            return;
        }
        rest.markDown(0);
        ProcessHandle.of(pidA).ifPresentOrElse(p -> {
            p.destroyForcibly(); // SIGKILL
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                failures.add("node A (pid " + pidA + ") did not die: " + e);
            }
        }, () -> failures.add("node A (pid " + pidA + ") was not running when it was to be killed"));
        killedAt.set(new Timestamp(System.currentTimeMillis()));
        say("KILLED node A (pid " + pidA + ", SIGKILL) at " + killedAt.get() + " after " + reportTimersDue.get()
                + " report timers were due; completions so far " + runner.completions.get());
    }

    /** Jobs node A still held when it died: node B may only take them once their lock expires. */
    private void recordOrphans(Connection db) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT j.id_, COALESCE(d.act_id_, j.handler_type_), "
                + "j.lock_exp_time_ FROM act_ru_job j LEFT JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_ "
                + "WHERE j.lock_owner_ = ? AND j.lock_exp_time_ > ?")) {
            ps.setString(1, nodeIds.get(0));
            ps.setTimestamp(2, killedAt.get());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    orphanedAtKill.add(rs.getString(1) + " (" + rs.getString(2) + ", lock until " + rs.getTimestamp(3)
                            + ")");
                }
            }
        }
        say("jobs locked by the dead node at the kill: " + orphanedAtKill.size()
                + (orphanedAtKill.isEmpty() ? "" : " " + orphanedAtKill));
    }

    // ---- verification ---------------------------------------------------------------------------

    private void waitForInstancesToEnd() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMillis(lockTimeMs + 60_000).toNanos();
        try (Connection db = connect()) {
            while (System.nanoTime() < deadline) {
                long open = count(db, RUNNING);
                if (open == 0) {
                    return;
                }
                Thread.sleep(250);
            }
        }
    }

    private void verify(Map<String, Journey> byCode) throws Exception {
        try (Connection db = connect()) {
            // no project lost: every started project is in the record and closed
            Map<String, String> status = map(db, "SELECT project_code, status FROM greenchannel.project");
            expect(status.size() == projects, "projects in greenchannel.project: " + status.size() + ", started " + projects);
            expect(byCode.size() == projects, "projects the driver saw through: " + byCode.size() + " of " + projects);
            status.forEach((code, s) -> expect("CLOSED".equals(s), code + " is " + s + ", expected CLOSED"));
            Map<String, String> names = map(db, "SELECT project_code, name FROM greenchannel.project");
            expect(new LinkedHashSet<>(names.values()).size() == names.size(), "a project was registered twice");

            // one lifecycle instance per project, completed
            Map<String, String> instances = map(db, "SELECT business_key_, COUNT(*) || '/' || "
                    + "SUM(CASE WHEN state_ = 'COMPLETED' AND end_time_ IS NOT NULL THEN 1 ELSE 0 END) "
                    + "FROM act_hi_procinst WHERE proc_def_key_ = '" + LifecycleProcess.KEY + "' GROUP BY business_key_");
            expect(instances.size() == projects, "lifecycle instances: " + instances.size());
            instances.forEach((code, v) -> expect("1/1".equals(v), code + ": lifecycle instances/completed = " + v));

            // every user task exactly as often as the journey completes it (a join or timer that ran
            // twice would show a second decide or report task), all completed, none open
            Map<String, Map<String, Integer>> tasks = grouped(db, "SELECT p.business_key_, t.task_def_key_, COUNT(*) "
                    + "FROM act_hi_taskinst t JOIN act_hi_procinst p ON p.id_ = t.proc_inst_id_ "
                    + "WHERE p.proc_def_key_ IN (" + quoted(JOURNEY_PROCESSES) + ") GROUP BY 1, 2");
            for (Map.Entry<String, Journey> e : byCode.entrySet()) {
                Map<String, Integer> expected = new TreeMap<>(e.getValue().expectedTaskCounts());
                Map<String, Integer> actual = new TreeMap<>(tasks.getOrDefault(e.getKey(), Map.of()));
                expect(expected.equals(actual), e.getKey() + " tasks " + actual + ", expected " + expected);
            }
            String ofProjects = " JOIN act_hi_procinst p ON p.id_ = t.proc_inst_id_ AND p.business_key_ IN "
                    + "(SELECT project_code FROM greenchannel.project)";
            long notCompleted = count(db, "SELECT COUNT(*) FROM act_hi_taskinst t" + ofProjects
                    + " WHERE t.delete_reason_ IS DISTINCT FROM 'completed'");
            expect(notCompleted == 0, "task instances not ended by completion: " + notCompleted);

            // the approval stages: 4 ended stage instances per project, and within every stage or item
            // instance no task twice (a job of the stage that ran twice would show here)
            Map<String, String> stages = map(db, "SELECT business_key_, COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = '"
                    + Journey.STAGE_PROCESS + "' AND end_time_ IS NOT NULL GROUP BY business_key_");
            for (String code : byCode.keySet()) {
                expect("4".equals(stages.get(code)), code + " ended stage instances: " + stages.get(code) + ", expected 4");
            }
            List<String> twice = list(db, "SELECT p.business_key_ || ' ' || p.proc_def_key_ || ' ' || t.task_def_key_ "
                    + "|| ' x' || COUNT(*) FROM act_hi_taskinst t" + ofProjects + " WHERE p.proc_def_key_ NOT IN ("
                    + quoted(JOURNEY_PROCESSES) + ") GROUP BY p.business_key_, p.proc_def_key_, "
                    + "t.proc_inst_id_, t.task_def_key_ HAVING COUNT(*) > 1");
            expect(twice.isEmpty(), "a stage task twice in one instance: " + twice);

            // every timer of the lifecycle fired exactly once per project (the tasks above cover the
            // async steps; element ids are unique per process only, so the lifecycle's instances alone)
            Map<String, Map<String, Integer>> steps = grouped(db, "SELECT p.business_key_, a.act_id_, COUNT(*) "
                    + "FROM act_hi_actinst a JOIN act_hi_procinst p ON p.id_ = a.proc_inst_id_ WHERE a.act_id_ IN ("
                    + quoted(TIMERS) + ") AND a.end_time_ IS NOT NULL AND p.proc_def_key_ = '" + LifecycleProcess.KEY
                    + "' GROUP BY 1, 2");
            for (Map.Entry<String, Journey> e : byCode.entrySet()) {
                Map<String, Integer> expected = new TreeMap<>();
                TIMERS.forEach(s -> expected.put(s, 1));
                Map<String, Integer> actual = new TreeMap<>(steps.getOrDefault(e.getKey(), Map.of()));
                expect(expected.equals(actual), e.getKey() + " timers fired " + actual + ", expected " + expected);
            }

            // milestones: all 17 per project (the primary key rules out a second row; a missing one
            // would mean a lost step)
            Map<String, Map<String, Integer>> milestones = grouped(db,
                    "SELECT project_code, milestone_type, COUNT(*) FROM greenchannel.milestone GROUP BY 1, 2");
            for (String code : byCode.keySet()) {
                Set<String> actual = milestones.getOrDefault(code, Map.of()).keySet();
                expect(actual.equals(new LinkedHashSet<>(Journey.MILESTONES)),
                        code + " milestones " + new TreeMap<>(milestones.getOrDefault(code, Map.of())));
            }

            // every status change once: a step that ran twice would repeat it (STATUS_CHANGED entries have
            // no dedup key; the other one-off entries are deduplicated by their unique dedup_key)
            List<String> duplicates = list(db, "SELECT project_code || ' ' || COALESCE(before_value, '') || ' -> ' "
                    + "|| COALESCE(after_value, '') || ' x' || COUNT(*) FROM greenchannel.audit_log WHERE action = "
                    + "'STATUS_CHANGED' GROUP BY project_code, before_value, after_value HAVING COUNT(*) > 1");
            expect(duplicates.isEmpty(), "status changes recorded twice: " + duplicates);
            Map<String, String> evaluating = map(db, "SELECT project_code, COUNT(*) FROM greenchannel.audit_log "
                    + "WHERE action = 'STATUS_CHANGED' AND after_value = 'EVALUATING' GROUP BY project_code");
            expect(evaluating.size() == projects && evaluating.values().stream().allMatch("1"::equals),
                    "status EVALUATING (set by the evaluation timer's step) once per project: " + evaluating);

            // nothing stuck or failed
            // nothing of the projects stuck or failed (other processes, e.g. scheduled reports, are not ours)
            expect(count(db, "SELECT COUNT(*) FROM act_hi_incident i JOIN act_hi_procinst p ON p.id_ = i.proc_inst_id_ "
                    + "AND p.business_key_ IN (SELECT project_code FROM greenchannel.project)") == 0, "incidents");
            expect(count(db, RUNNING) == 0, "process instances of the projects still running: " + count(db, RUNNING));
            expect(count(db, "SELECT COUNT(*) FROM act_ru_job j JOIN act_ru_execution e ON e.id_ = j.process_instance_id_ "
                    + "AND e.business_key_ IN (SELECT project_code FROM greenchannel.project)") == 0,
                    "jobs of the projects left");

            // the survivor finished the work
            Timestamp kill = killedAt.get();
            expect(ProcessHandle.of(pidA).map(ProcessHandle::isAlive).orElse(false) == false, "node A still alive");
            Response health = rest.get(1, admin, "/engine");
            expect(health.ok(), "node B does not answer after the run");
            long jobStepsAfter = countAt(db, "SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ IN (" + quoted(TIMERS)
                    + ") AND end_time_ > ?", kill) + countAt(db, "SELECT COUNT(*) FROM act_hi_taskinst WHERE "
                    + "task_def_key_ IN (" + quoted(TASKS_AFTER_JOBS) + ") AND start_time_ > ?", kill);
            long tasksAfter = countAt(db, "SELECT COUNT(*) FROM act_hi_taskinst WHERE end_time_ > ?", kill);
            long tasksBefore = countAt(db, "SELECT COUNT(*) FROM act_hi_taskinst WHERE end_time_ <= ?", kill);
            expect(jobStepsAfter > 0, "no job-driven step ran after node A died");
            expect(tasksAfter > 0, "no task was completed after node A died");
            for (String orphan : orphanedAtKill) {
                String id = orphan.substring(0, orphan.indexOf(' '));
                expect(count(db, "SELECT COUNT(*) FROM act_ru_job WHERE id_ = '" + id + "'") == 0,
                        "job " + orphan + " of the dead node never ran");
            }
            Set<String> bAfter = jobsSeenAfterKill.getOrDefault(nodeIds.get(1), Set.of());
            notes.add("tasks completed before / after the kill: " + tasksBefore + " / " + tasksAfter
                    + "; timers fired and tasks created by jobs after the kill (node B alone): " + jobStepsAfter);
            notes.add("job locks seen before the kill: " + summary(jobsSeenByOwner) + "; after: "
                    + summary(jobsSeenAfterKill));
            notes.add("node A held " + orphanedAtKill.size() + " job lock(s) when killed"
                    + (lockedByAAtKill ? " (caught while locking)" : "")
                    + (orphanedAtKill.isEmpty() ? "" : "; node B took them over after their "
                    + lockTimeMs / 1000 + " s lock expired"));
            expect(!bAfter.isEmpty() || jobStepsAfter > 0, "node B locked no job after the kill");
        }
    }

    private static String summary(Map<String, Set<String>> byOwner) {
        Map<String, Integer> out = new TreeMap<>();
        byOwner.forEach((o, s) -> out.put(o, s.size()));
        return out.toString();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void expect(boolean ok, String message) {
        if (!ok) {
            failures.add(message);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long countAt(Connection db, String sql, Timestamp at) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setTimestamp(1, at);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Map<String, String> map(Connection db, String sql) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private static List<String> list(Connection db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Map<String, Map<String, Integer>> grouped(Connection db, String sql) throws SQLException {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
            }
        }
        return out;
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(v -> "'" + v + "'").toList());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new IllegalStateException("environment variable " + name + " is not set");
            }
            return fallback;
        }
        return value;
    }

    private static void say(String message) {
        System.out.println("[two-node] " + message);
        System.out.flush();
    }
}
