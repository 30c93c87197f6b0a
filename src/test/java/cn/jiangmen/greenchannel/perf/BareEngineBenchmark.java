package cn.jiangmen.greenchannel.perf;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The bare-engine reference of scripts/benchmark.sh (issue 9): Camunda 7.24 alone on the same
 * PostgreSQL server (its own database), history FULL, no delegates, a process of 10 user tasks
 * (each offered to one candidate group), driven by the same {@link BenchDriver} as the product:
 * the same client threads, the same task look-up (business key, task key, candidate user) and a
 * one-variable completion. Same id generator (UUIDs, as the Spring Boot starter) and the same pool
 * size (12) as the product.
 *
 * <p>Environment: GC_DB_URL, GC_DB_USER, GC_DB_PASSWORD, BENCH_THREADS (4), BENCH_INSTANCES (400),
 * BENCH_WARMUP (40), BENCH_IN_HAND (3), BENCH_HISTORY (full), BENCH_LABEL.
 */
public final class BareEngineBenchmark {

    static final String KEY = "bare-ten-tasks";
    static final String USER = "bare01";
    static final String GROUP = "baregroup";

    public static void main(String[] args) throws Exception {
        List<Integer> threadCounts = java.util.Arrays.stream(LifecycleBenchmark.env("BENCH_THREADS", "4").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int instances = Integer.parseInt(LifecycleBenchmark.env("BENCH_INSTANCES", "400"));
        int warmup = Integer.parseInt(LifecycleBenchmark.env("BENCH_WARMUP", "40"));
        int inHand = Integer.parseInt(LifecycleBenchmark.env("BENCH_IN_HAND", "3"));
        String history = LifecycleBenchmark.env("BENCH_HISTORY", ProcessEngineConfiguration.HISTORY_FULL);
        String labelPrefix = LifecycleBenchmark.env("BENCH_LABEL", "bare");
        String url = LifecycleBenchmark.env("GC_DB_URL", null);
        String user = LifecycleBenchmark.env("GC_DB_USER", null);
        String password = LifecycleBenchmark.env("GC_DB_PASSWORD", null);

        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(12);
        pool.setAutoCommit(false);
        HikariDataSource dataSource = new HikariDataSource(pool);

        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setProcessEngineName("bare-reference");
        cfg.setDataSource(dataSource);
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        cfg.setHistory(history);
        cfg.setIdGenerator(new StrongUuidGenerator());
        cfg.setJobExecutorActivate(false);
        cfg.setMetricsEnabled(true);
        ProcessEngine engine = cfg.buildProcessEngine();

        if (engine.getIdentityService().createUserQuery().userId(USER).count() == 0) {
            engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup(GROUP));
            User u = engine.getIdentityService().newUser(USER);
            u.setPassword("Bare#2026-unused");
            engine.getIdentityService().saveUser(u);
            engine.getIdentityService().createMembership(USER, GROUP);
        }
        engine.getRepositoryService().createDeployment().enableDuplicateFiltering(true)
                .addModelInstance(KEY + ".bpmn", model()).deploy();

        ApiClient client = new ApiClient(engine, Map.of(USER, List.of(GROUP)));
        new BenchDriver(client, threadCounts.get(0), inHand).run(0, warmup, BareEngineBenchmark::script);
        int next = warmup;
        for (int threads : threadCounts) {
            String label = labelPrefix + "-" + threads;
            BenchDriver driver = new BenchDriver(client, threads, inHand);
            int first = next;
            next += instances;
            long commitsBefore;
            try (Connection db = DriverManager.getConnection(url, user, password)) {
                commitsBefore = LifecycleBenchmark.count(db,
                        "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");
            }
            double seconds = driver.run(first, instances, BareEngineBenchmark::script);
            long commits;
            try (Connection db = DriverManager.getConnection(url, user, password)) {
                commits = LifecycleBenchmark.count(db,
                        "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()") - commitsBefore;
            }
            if (!driver.errors.isEmpty()) {
                driver.errors.stream().limit(10).forEach(e -> System.out.println("  ERROR " + e));
                System.out.println("BENCHMARK FAILED");
                System.exit(1);
            }
            long transitions = driver.starts.get() + driver.completions.get();
            LifecycleBenchmark.say(String.format("%s: bare engine (history %s), %d instances of 10 user tasks, %d client "
                            + "threads: %.1f s, %.1f transitions/s, PostgreSQL commits incl. read-only %.1f/s",
                    label, history, instances, threads, seconds, transitions / seconds, commits / seconds));
            LifecycleBenchmark.say("  start    " + driver.startLatency.summary());
            LifecycleBenchmark.say("  complete " + driver.completeLatency.summary());
            LifecycleBenchmark.say("  look-up  " + driver.lookupLatency.summary());
            System.out.printf("RESULT label=%s mode=bare threads=%d instances=%d seconds=%.2f transitions=%d "
                            + "transitions_per_s=%.1f commits_per_s=%.1f complete_p50=%.1f complete_p95=%.1f "
                            + "complete_p99=%.1f start_p95=%.1f ol_retries=%d%n",
                    label, threads, instances, seconds, transitions, transitions / seconds, commits / seconds,
                    driver.completeLatency.percentileMillis(50), driver.completeLatency.percentileMillis(95),
                    driver.completeLatency.percentileMillis(99), driver.startLatency.percentileMillis(95),
                    driver.optimisticLockingRetries.get());
        }
        engine.close();
        dataSource.close();
        System.exit(0);
    }

    static BpmnModelInstance model() {
        AbstractFlowNodeBuilder<?, ?> b = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(30)
                .startEvent("start");
        for (int i = 1; i <= 10; i++) {
            b = b.userTask("task" + i).name("Task " + i).camundaCandidateGroups(GROUP);
        }
        return b.endEvent("end").done();
    }

    static BenchDriver.Script script(int index) {
        List<Journey.Action> actions = new ArrayList<>();
        actions.add(new Journey.Start(USER, Map.of("subject", "instance " + index)));
        for (int i = 1; i <= 10; i++) {
            actions.add(new Journey.Complete("task" + i, USER, Map.of("outcome", "OK")));
        }
        return new BenchDriver.Script("bare-" + index, KEY, "BARE-" + index, actions, 0);
    }
}
