package cn.jiangmen.greenchannel.perf;

import cn.jiangmen.greenchannel.GreenChannelApplication;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.perf.EngineRest.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The product benchmark of scripts/benchmark.sh (issue 9): N projects through the whole lifecycle
 * (transfers included) on PostgreSQL with several client threads, timers and async steps on the job
 * executor. Mode {@code java}: the application runs in this JVM (Spring Boot context, profile
 * postgres) and the clients call the engine's Java API. Mode {@code rest}: the clients call
 * /engine-rest of a running instance (BENCH_URL) with HTTP Basic.
 *
 * <p>A transition is one committed write transaction of the engine: a start, a task completion, a
 * timer's due-date move, or a job the job executor ran (each of the four review branches arriving at
 * the asyncBefore join, the two timers, the transfer's asyncAfter step: {@link Journey#jobs()}; the
 * engine's own count, metric job-successful, is printed by scripts/benchmark.sh after shut-down).
 * Prints a human-readable report and one {@code RESULT} line for the script.
 *
 * <p>Environment: BENCH_MODE (java|rest), BENCH_THREADS (4), BENCH_PROJECTS (60), BENCH_WARMUP (8),
 * BENCH_TRANSFER_EVERY (5), BENCH_IN_HAND (3), GC_DB_URL / GC_DB_USER / GC_DB_PASSWORD (also the
 * application's datasource in java mode), BENCH_URL, GC_ADMIN_ID, GC_ADMIN_PASSWORD, GC_USER_PASSWORD
 * (rest mode), BENCH_LABEL (printed).
 */
public final class LifecycleBenchmark {

    public static void main(String[] args) throws Exception {
        GreenChannelApplication.useChinaTimeZone();
        String mode = env("BENCH_MODE", "java");
        List<Integer> threadCounts = java.util.Arrays.stream(env("BENCH_THREADS", "4").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int projects = Integer.parseInt(env("BENCH_PROJECTS", "60"));
        int warmup = Integer.parseInt(env("BENCH_WARMUP", "8"));
        int transferEvery = Integer.parseInt(env("BENCH_TRANSFER_EVERY", "5"));
        int inHand = Integer.parseInt(env("BENCH_IN_HAND", "3"));
        String labelPrefix = env("BENCH_LABEL", "product-" + mode);
        String dbUrl = env("GC_DB_URL", null);
        String dbUser = env("GC_DB_USER", null);
        String dbPassword = env("GC_DB_PASSWORD", null);

        ConfigurableApplicationContext context = null;
        EngineClient client;
        if (mode.equals("java")) {
            SpringApplication app = new SpringApplication(GreenChannelApplication.class);
            app.setAdditionalProfiles("postgres");
            List<String> arguments = new java.util.ArrayList<>(List.of(args));
            arguments.add("--server.port=0"); // the web layer as in production, on a free port nobody calls
            arguments.add("--spring.datasource.url=" + dbUrl);
            arguments.add("--spring.datasource.username=" + dbUser);
            arguments.add("--spring.datasource.password=" + dbPassword);
            context = app.run(arguments.toArray(String[]::new));
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            createUsers(engine.getIdentityService());
            client = new ApiClient(engine, Journey.users());
        } else {
            Map<String, String> passwords = new HashMap<>();
            String admin = env("GC_ADMIN_ID", null);
            passwords.put(admin, env("GC_ADMIN_PASSWORD", null));
            passwords.put("*", env("GC_USER_PASSWORD", null));
            EngineRest rest = new EngineRest(List.of(env("BENCH_URL", null)), passwords);
            createUsers(rest, admin, env("GC_USER_PASSWORD", null));
            client = new RestClient(rest, admin);
        }

        int next = 0;
        BenchDriver warm = new BenchDriver(client, threadCounts.get(0), inHand);
        say("warm-up with " + warmup + " projects");
        warm.run(next, warmup, i -> BenchDriver.lifecycle(i, transferEvery));
        next += warmup;
        failOnErrors(warm);
        for (int threads : threadCounts) {
            String label = labelPrefix + "-" + threads;
            BenchDriver driver = new BenchDriver(client, threads, inHand);
            int first = next;
            next += projects;
            Snapshot before = Snapshot.take(dbUrl, dbUser, dbPassword);
            say(label + ": " + projects + " projects, " + threads + " client threads (" + inHand + " projects in hand each), "
                    + "every " + transferEvery + ". with a transfer");
            double seconds = driver.run(first, projects, i -> BenchDriver.lifecycle(i, transferEvery));
            failOnErrors(driver);
            waitForLifecyclesToEnd(dbUrl, dbUser, dbPassword);
            Snapshot after = Snapshot.take(dbUrl, dbUser, dbPassword);

            long jobs = driver.jobs.get();
            long writes = driver.starts.get() + driver.completions.get() + driver.dueDateMoves.get();
            long transitions = writes + jobs;
            long completed = after.closedProjects - before.closedProjects;
            Map<String, DbFootprint.Area> bytes = after.footprint.minus(before.footprint);
            say(String.format("%s: %.1f s, %d projects completed (%.2f projects/s)", label, seconds, completed,
                    completed / seconds));
            say(String.format("  transitions: %d (%d starts, %d completions, %d due-date moves, %d jobs) = %.1f/s",
                    transitions, driver.starts.get(), driver.completions.get(), driver.dueDateMoves.get(), jobs,
                    transitions / seconds));
            say(String.format("  PostgreSQL commits incl. read-only: %.1f/s; task look-ups that found nothing yet: %d",
                    (after.commits - before.commits) / seconds, driver.emptyLookups.get()));
            say("  start-project " + driver.startLatency.summary());
            say("  complete-task " + driver.completeLatency.summary());
            say("  task look-up  " + driver.lookupLatency.summary());
            say("  optimistic-locking retries by clients: " + driver.optimisticLockingRetries.get()
                    + "; incidents: " + (after.incidents - before.incidents));
            bytes.forEach((area, a) -> say(String.format("  %-8s %8.1f KB rows, %8.1f KB on disk per completed project "
                    + "(%d rows)", area, a.rowBytes() / 1024.0 / completed, a.diskBytes() / 1024.0 / completed,
                    a.rows() / completed)));
            System.out.printf("RESULT label=%s mode=%s threads=%d projects=%d seconds=%.2f projects_per_s=%.3f "
                            + "transitions=%d transitions_per_s=%.1f commits_per_s=%.1f start_p50=%.1f start_p95=%.1f "
                            + "start_p99=%.1f complete_p50=%.1f complete_p95=%.1f complete_p99=%.1f ol_retries=%d "
                            + "incidents=%d history_kb=%.1f history_disk_kb=%.1f runtime_kb=%.1f runtime_disk_kb=%.1f "
                            + "business_kb=%.1f business_disk_kb=%.1f%n",
                    label, mode, threads, completed, seconds, completed / seconds, transitions, transitions / seconds,
                    (after.commits - before.commits) / seconds, driver.startLatency.percentileMillis(50),
                    driver.startLatency.percentileMillis(95), driver.startLatency.percentileMillis(99),
                    driver.completeLatency.percentileMillis(50), driver.completeLatency.percentileMillis(95),
                    driver.completeLatency.percentileMillis(99), driver.optimisticLockingRetries.get(),
                    after.incidents - before.incidents,
                    kb(bytes.get("history").rowBytes(), completed), kb(bytes.get("history").diskBytes(), completed),
                    kb(bytes.get("runtime").rowBytes(), completed), kb(bytes.get("runtime").diskBytes(), completed),
                    kb(bytes.get("business").rowBytes(), completed), kb(bytes.get("business").diskBytes(), completed));
        }
        if (context != null) {
            if (Boolean.parseBoolean(env("BENCH_CLEANUP", "true"))) {
                measureCleanup(context.getBean(ProcessEngine.class), dbUrl, dbUser, dbPassword);
            }
            context.close(); // flushes the engine's metrics to ACT_RU_METER_LOG
        }
        System.exit(0);
    }

    /**
     * History cleanup throughput: the finished projects' history is given a removal time in the past
     * (as if their time-to-live had run out) and the engine's cleanup job, run at once instead of in
     * its nightly window, removes it; projects per second against projects finished per year shows
     * whether cleanup keeps up.
     */
    static void measureCleanup(ProcessEngine engine, String url, String user, String password) throws Exception {
        var history = engine.getHistoryService();
        long instances = history.createHistoricProcessInstanceQuery().finished().count();
        long projects;
        long historyBefore;
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            projects = count(db, "SELECT COUNT(*) FROM greenchannel.project WHERE status = 'CLOSED'");
            historyBefore = DbFootprint.measure(db).areas.get("history").rowBytes();
        }
        long t0 = System.nanoTime();
        history.setRemovalTimeToHistoricProcessInstances()
                .absoluteRemovalTime(new java.util.Date(System.currentTimeMillis() - 86_400_000L))
                .byQuery(history.createHistoricProcessInstanceQuery().finished()).hierarchical().executeAsync();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (engine.getManagementService().createBatchQuery().count() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        double removalTimeSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        history.cleanUpHistoryAsync(true);
        // done when the instances and their activity and task rows are gone (cleanup works table by table)
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            while (count(db, "SELECT (SELECT COUNT(*) FROM act_hi_procinst) + (SELECT COUNT(*) FROM act_hi_actinst) "
                    + "+ (SELECT COUNT(*) FROM act_hi_taskinst)") > 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        double cleanupSeconds = (System.nanoTime() - t1) / 1e9;
        long left = history.createHistoricProcessInstanceQuery().finished().count();
        long historyAfter;
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            historyAfter = DbFootprint.measure(db).areas.get("history").rowBytes();
        }
        say(String.format("history cleanup: %d finished process instances (%d projects, %.0f KB of history rows): "
                        + "removal time set in %.1f s (batch), removed in %.1f s = %.1f projects/s; %d instances left, "
                        + "%.0f KB of history rows left", instances, projects, historyBefore / 1024.0, removalTimeSeconds,
                cleanupSeconds, projects / cleanupSeconds, left, historyAfter / 1024.0));
        System.out.printf("RESULT label=cleanup mode=cleanup instances=%d projects=%d seconds=%.2f "
                + "projects_per_s=%.1f left=%d%n", instances, projects, cleanupSeconds, projects / cleanupSeconds, left);
    }

    static double kb(long bytes, long per) {
        return per == 0 ? Double.NaN : bytes / 1024.0 / per;
    }

    private static void failOnErrors(BenchDriver driver) {
        if (!driver.errors.isEmpty()) {
            driver.errors.stream().limit(10).forEach(e -> System.out.println("  ERROR " + e));
            System.out.println("BENCHMARK FAILED: " + driver.errors.size() + " projects failed");
            System.exit(1);
        }
    }

    /** Counters and sizes at one moment. */
    record Snapshot(long closedProjects, long commits, long incidents, DbFootprint footprint) {
        static Snapshot take(String url, String user, String password) throws SQLException {
            try (Connection db = DriverManager.getConnection(url, user, password)) {
                return new Snapshot(
                        count(db, "SELECT COUNT(*) FROM greenchannel.project WHERE status = 'CLOSED'"),
                        count(db, "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"),
                        count(db, "SELECT COUNT(*) FROM act_hi_incident"),
                        DbFootprint.measure(db));
            }
        }
    }

    static void waitForLifecyclesToEnd(String url, String user, String password) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            while (System.nanoTime() < deadline && count(db, "SELECT COUNT(*) FROM act_ru_execution e JOIN "
                    + "act_re_procdef d ON d.id_ = e.proc_def_id_ WHERE d.key_ = '" + LifecycleProcess.KEY + "'") > 0) {
                Thread.sleep(200);
            }
        }
    }

    static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void createUsers(IdentityService identity) {
        Journey.users().forEach((id, groups) -> {
            if (identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                user.setFirstName("基准");
                user.setLastName(id);
                user.setPassword("Bench#2026-unused");
                identity.saveUser(user);
                groups.forEach(g -> identity.createMembership(id, g));
            }
        });
    }

    private static void createUsers(EngineRest rest, String admin, String password) {
        Journey.users().forEach((id, groups) -> {
            Response exists = rest.get(0, admin, "/user?id=" + id + "&firstResult=0&maxResults=1");
            if (exists.ok() && exists.json().size() == 1) {
                return;
            }
            Response created = rest.post(0, admin, "/user/create", Map.of(
                    "profile", Map.of("id", id, "firstName", "基准", "lastName", id, "email", id + "@bench.invalid"),
                    "credentials", Map.of("password", password)));
            if (!created.ok()) {
                throw new IllegalStateException("user " + id + ": " + created.status() + " " + created.body());
            }
            groups.forEach(g -> rest.put(0, admin, "/group/" + g + "/members/" + id, null));
        });
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new IllegalStateException("environment variable " + name + " is not set");
            }
            return fallback;
        }
        return value;
    }

    static void say(String message) {
        System.out.println("[bench] " + message);
        System.out.flush();
    }
}
