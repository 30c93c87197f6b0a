package cn.jiangmen.greenchannel.perf;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;

import cn.jiangmen.greenchannel.approval.StageProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.perf.EngineRest.Response;
import cn.jiangmen.greenchannel.support.LeadSamples;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The Tasklist scenario of scripts/benchmark.sh (issue 9): BENCH_TASKS (100,000) open tasks of the
 * lifecycle spread over the 7 counties and the departments, with authorizations on, and the query
 * Tasklist sends for the filter 本部门待办 (first page of 15, sorted by due date) for a county user
 * in 3 groups, timed over /engine-rest.
 *
 * <p>Seeding: 7 counties × 5 stages of real projects are driven over REST by their approvers (the
 * engine creates each task's candidate grants), then their runtime rows — executions, tasks,
 * candidate links, variables, event subscriptions, authorizations — are copied in bulk with
 * {@code INSERT … SELECT} under new ids ({@code <id>:<copy>}) with spread due dates, and the
 * per-project grants of the security design (owner county reads every task and instance) are added
 * for every copy. Copies are never completed; the database is thrown away after the run.
 *
 * <p>Environment: BENCH_URL, GC_DB_URL / GC_DB_USER / GC_DB_PASSWORD, GC_ADMIN_ID / GC_ADMIN_PASSWORD,
 * GC_USER_PASSWORD, BENCH_TASKS (100000), BENCH_QUERIES (300), BENCH_QUERY_CLIENTS (8), BENCH_LABEL,
 * BENCH_SEED (true; false measures an already seeded database).
 */
public final class TaskListBenchmark {

    /**
     * The user whose task list is measured: a county officer in 3 groups (his county, the chain his
     * county leads in, and the read-only managers). Measured second: a department officer whose one
     * group holds a quarter of all open tasks (the natural-resources bureau: review opinions, stage
     * reviews, land supply).
     */
    static final String USER = "pengjiang03";
    static final List<String> USER_GROUPS = List.of("county-pengjiang", "chain-advanced-materials", "managers");
    static final String HEAVY_USER = "ziran01";
    static final List<String> CHAINS = List.of("advanced-materials", "light-textile", "agri-food", "electronics",
            "new-energy", "nev-battery", "smart-equipment");
    /** The chains' reviewing users, numbered as in the demo organisation (greenchannel.industry_chain order). */
    static final Map<String, String> CHAIN_USERS = Map.of("advanced-materials", "lian01", "light-textile", "lian02",
            "agri-food", "lian03", "electronics", "lian04", "new-energy", "lian05", "smart-equipment", "lian07",
            "nev-battery", "lian09");

    private final EngineRest rest;
    private final String admin;
    private final String url;
    private final String dbUser;
    private final String dbPassword;

    private TaskListBenchmark() {
        admin = LifecycleBenchmark.env("GC_ADMIN_ID", null);
        Map<String, String> passwords = new HashMap<>();
        passwords.put(admin, LifecycleBenchmark.env("GC_ADMIN_PASSWORD", null));
        passwords.put("*", LifecycleBenchmark.env("GC_USER_PASSWORD", null));
        rest = new EngineRest(List.of(LifecycleBenchmark.env("BENCH_URL", null)), passwords);
        url = LifecycleBenchmark.env("GC_DB_URL", null);
        dbUser = LifecycleBenchmark.env("GC_DB_USER", null);
        dbPassword = LifecycleBenchmark.env("GC_DB_PASSWORD", null);
    }

    public static void main(String[] args) throws Exception {
        new TaskListBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        int tasks = Integer.parseInt(LifecycleBenchmark.env("BENCH_TASKS", "100000"));
        int queries = Integer.parseInt(LifecycleBenchmark.env("BENCH_QUERIES", "300"));
        int clients = Integer.parseInt(LifecycleBenchmark.env("BENCH_QUERY_CLIENTS", "8"));
        String label = LifecycleBenchmark.env("BENCH_LABEL", "tasklist");
        String filterId = filterId();
        if (Boolean.parseBoolean(LifecycleBenchmark.env("BENCH_SEED", "true"))) {
            long t0 = System.nanoTime();
            setUpUsersAndGrants(filterId);
            int templates = seedTemplates();
            LifecycleBenchmark.say(String.format("%d template tasks from real projects in %.0f s", templates,
                    (System.nanoTime() - t0) / 1e9));
            long t1 = System.nanoTime();
            bulkCopy(tasks, templates);
            LifecycleBenchmark.say(String.format("bulk copy and grants in %.0f s", (System.nanoTime() - t1) / 1e9));
        }
        Map<String, Long> counts = counts();
        LifecycleBenchmark.say("database: " + counts);

        String listPath = "/filter/" + filterId + "/list?firstResult=0&maxResults=15";
        Response first = rest.post(0, USER, listPath, Map.of());
        if (!first.ok() || first.json().size() != 15) {
            throw new IllegalStateException("the filter list for " + USER + " answered " + first.status() + ": "
                    + first.body());
        }
        long visible = rest.get(0, USER, "/filter/" + filterId + "/count").json().get("count").asLong();
        LifecycleBenchmark.say(USER + " (groups " + USER_GROUPS + ") sees " + visible + " of "
                + counts.get("open tasks") + " open tasks in 本部门待办");
        for (int i = 0; i < 30; i++) {
            rest.post(0, USER, listPath, Map.of());
        }
        Stats single = time(queries, 1, () -> rest.post(0, USER, listPath, Map.of()));
        Stats parallel = time(queries, clients, () -> rest.post(0, USER, listPath, Map.of()));
        Stats hal = time(Math.max(50, queries / 3), 1,
                () -> rest.send(0, USER, "POST", listPath, Map.of(), "application/hal+json"));
        Stats count = time(Math.max(50, queries / 3), 1, () -> rest.get(0, USER, "/filter/" + filterId + "/count"));
        long heavyVisible = rest.get(0, HEAVY_USER, "/filter/" + filterId + "/count").json().get("count").asLong();
        Stats heavy = time(Math.max(50, queries / 3), 1, () -> rest.post(0, HEAVY_USER, listPath, Map.of()));
        Stats heavyCount = time(20, 1, () -> rest.get(0, HEAVY_USER, "/filter/" + filterId + "/count"));
        LifecycleBenchmark.say("first page of 15 by due date, 1 client:  " + single.summary());
        LifecycleBenchmark.say("first page of 15 by due date, " + clients + " clients: " + parallel.summary());
        LifecycleBenchmark.say("the same as Tasklist asks (hal+json), 1:  " + hal.summary());
        LifecycleBenchmark.say("filter count, 1 client:                   " + count.summary());
        LifecycleBenchmark.say(HEAVY_USER + " (dept-natural-resources, sees " + heavyVisible + " tasks): first page "
                + heavy.summary());
        LifecycleBenchmark.say(HEAVY_USER + " filter count: " + heavyCount.summary());
        System.out.printf("RESULT label=%s mode=tasklist open_tasks=%d visible=%d authorizations=%d "
                        + "list_p50=%.1f list_p95=%.1f list_p99=%.1f list%d_p50=%.1f list%d_p95=%.1f list%d_p99=%.1f "
                        + "hal_p50=%.1f hal_p95=%.1f hal_p99=%.1f count_p50=%.1f count_p95=%.1f heavy_visible=%d "
                        + "heavy_p50=%.1f heavy_p95=%.1f heavy_p99=%.1f heavy_count_p95=%.1f%n",
                label, counts.get("open tasks"), visible, counts.get("authorizations"), single.percentileMillis(50),
                single.percentileMillis(95), single.percentileMillis(99), clients, parallel.percentileMillis(50),
                clients, parallel.percentileMillis(95), clients, parallel.percentileMillis(99),
                hal.percentileMillis(50), hal.percentileMillis(95), hal.percentileMillis(99), count.percentileMillis(50),
                count.percentileMillis(95), heavyVisible, heavy.percentileMillis(50), heavy.percentileMillis(95),
                heavy.percentileMillis(99), heavyCount.percentileMillis(95));
        if (hal.count() == 0) {
            throw new IllegalStateException("no samples");
        }
    }

    /** Times {@code n} calls spread over {@code clients} threads. */
    private static Stats time(int n, int clients, java.util.function.Supplier<Response> call) throws InterruptedException {
        Stats stats = new Stats();
        AtomicInteger left = new AtomicInteger(n);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (left.getAndDecrement() > 0) {
                    long t0 = System.nanoTime();
                    Response r = call.get();
                    stats.add(System.nanoTime() - t0);
                    if (!r.ok()) {
                        throw new IllegalStateException("query answered " + r.status() + ": " + r.body());
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return stats;
    }

    private String filterId() {
        Response filters = rest.get(0, admin, "/filter?resourceType=Task&firstResult=0&maxResults=50");
        for (var f : filters.json()) {
            if ("本部门待办".equals(f.get("name").asText())) {
                return f.get("id").asText();
            }
        }
        throw new IllegalStateException("no filter 本部门待办: " + filters.body());
    }

    /** Approvers, the measured user, and the grants authorization-on needs (as the security design gives them). */
    private void setUpUsersAndGrants(String filterId) {
        Map<String, List<String>> users = new LinkedHashMap<>(Journey.users());
        users.put(USER, USER_GROUPS);
        CHAIN_USERS.forEach((chain, user) -> users.put(user, List.of("chain-" + chain)));
        String password = LifecycleBenchmark.env("GC_USER_PASSWORD", null);
        users.forEach((id, groups) -> {
            Response created = rest.post(0, admin, "/user/create", Map.of(
                    "profile", Map.of("id", id, "firstName", "基准", "lastName", id, "email", id + "@bench.invalid"),
                    "credentials", Map.of("password", password)));
            if (!created.ok()) {
                throw new IllegalStateException("user " + id + ": " + created.status() + " " + created.body());
            }
            groups.forEach(g -> rest.put(0, admin, "/group/" + g + "/members/" + id, null));
        });
        for (String county : Journey.COUNTIES) {
            grant("county-" + county, Resources.PROCESS_DEFINITION.resourceType(), LifecycleProcess.KEY,
                    List.of("READ", "CREATE_INSTANCE"));
            grant("county-" + county, Resources.PROCESS_INSTANCE.resourceType(), "*", List.of("CREATE"));
        }
        Set<String> groups = new java.util.TreeSet<>();
        users.values().forEach(groups::addAll);
        for (String group : groups) {
            grant(group, Resources.FILTER.resourceType(), filterId, List.of("READ"));
            grant(group, Resources.USER.resourceType(), "*", List.of("READ"));
        }
    }

    private void grant(String group, int resourceType, String resourceId, List<String> permissions) {
        // the application's start-up grants (organisation/RoleGrants) may hold it already: one grant per
        // group and resource is all the engine allows
        try (Connection db = DriverManager.getConnection(url, dbUser, dbPassword);
                var query = db.prepareStatement("SELECT COUNT(*) FROM act_ru_authorization WHERE type_ = 1 "
                        + "AND group_id_ = ? AND resource_type_ = ? AND resource_id_ = ?")) {
            query.setString(1, group);
            query.setInt(2, resourceType);
            query.setString(3, resourceId);
            try (var rs = query.executeQuery()) {
                if (rs.next() && rs.getLong(1) > 0) {
                    return;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Response r = rest.post(0, admin, "/authorization/create", Map.of("type", 1, "permissions", permissions,
                "groupId", group, "resourceType", resourceType, "resourceId", resourceId));
        if (!r.ok()) {
            throw new IllegalStateException("grant " + group + " " + resourceType + "/" + resourceId + ": "
                    + r.status() + " " + r.body());
        }
    }

    /**
     * For every county, five real projects at five stages: lead acknowledgement (county), the four
     * parallel review opinions (three departments and the chain's unit), company registration
     * (market regulation and the commissioner), the stage-1 review in the called stage process
     * (natural resources), negotiation (commissioner and county). Returns the open tasks.
     */
    private int seedTemplates() {
        RestClient client = new RestClient(rest, admin);
        for (int c = 0; c < Journey.COUNTIES.size(); c++) {
            String county = Journey.COUNTIES.get(c);
            String c01 = county + "01";
            String c02 = county + "02";
            String chain = CHAINS.get(c);
            for (int stage = 0; stage < 5; stage++) {
                Map<String, Object> lead = LeadSamples.lead(county, 30000);
                lead.put(PROJECT_NAME, "任务列表基准-" + county + "-" + stage);
                // the chain's reviewing unit: nev-battery goes to lian09; the others to their chain groups
                lead.put(CHAIN_CODE, chain);
                EngineClient.Started p = client.start(c01, LifecycleProcess.KEY, null, lead);
                if (stage == 0) {
                    continue; // at 线索确认
                }
                step(client, p, Element.ACKNOWLEDGE_LEAD, c01, of(LEAD_OWNER, c01));
                step(client, p, Element.JUDGE_LEAD, c01, of(JUDGEMENT, "PURSUE"));
                step(client, p, Element.APPOINT_COMMISSIONER, c01, of(COMMISSIONER_ID, c02));
                if (stage == 4) {
                    continue; // at 项目洽谈
                }
                step(client, p, Element.NEGOTIATE, c02, of(NEGOTIATION_OUTCOME, "AGREED"));
                if (stage == 1) {
                    continue; // at the four review opinions
                }
                step(client, p, Element.REVIEW_NATURAL_RESOURCES, "ziran01", of(REVIEW_OPINION, "AGREE"));
                step(client, p, Element.REVIEW_ECOLOGY_ENVIRONMENT, "shengtai01", of(REVIEW_OPINION, "AGREE"));
                step(client, p, Element.REVIEW_DEVELOPMENT_REFORM, "fagai01", of(REVIEW_OPINION, "AGREE"));
                step(client, p, Element.REVIEW_INDUSTRY_CHAIN, CHAIN_USERS.get(chain), of(REVIEW_OPINION, "AGREE"));
                step(client, p, Element.DECIDE_REVIEW, c01, of(REVIEW_DECISION, "PASS"));
                step(client, p, Element.SIGN_AGREEMENT, c02, LeadSamples.agreement());
                if (stage == 2) {
                    continue; // at 企业设立登记
                }
                step(client, p, Element.REGISTER_COMPANY, "shijian01", LeadSamples.company());
                // stage 3: at the stage-1 review of the called stage process
            }
        }
        try (Connection db = DriverManager.getConnection(url, dbUser, dbPassword)) {
            // The templates may wait on timers (lead warnings, lead report periods): the copies get no job
            // rows (the task query never reads them; the benchmark's database is thrown away). A pending
            // async continuation would mean a template still moving: that must not be copied.
            if (LifecycleBenchmark.count(db, "SELECT COUNT(*) FROM act_ru_job WHERE process_instance_id_ IS NOT NULL "
                    + "AND type_ <> 'timer'") > 0) {
                throw new IllegalStateException("template instances hold pending async jobs: they must not be copied");
            }
            return (int) LifecycleBenchmark.count(db, "SELECT COUNT(*) FROM act_ru_task");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Completes the project's task at taskKey as user. */
    private void step(RestClient client, EngineClient.Started p, String taskKey, String actor, Map<String, Object> vars) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            String task = client.findTask(p.businessKey(), taskKey, actor);
            if (task != null) {
                client.complete(task, actor, vars);
                return;
            }
            EngineRest.sleep(100); // the asyncBefore join runs on the job executor
        }
        throw new IllegalStateException("no task " + taskKey + " for " + p.businessKey());
    }

    /**
     * Copies every open template instance tree {@code copies} times with {@code INSERT … SELECT}:
     * ids get the suffix {@code :n}, due dates are spread from 30 days overdue to 60 days ahead (10 %
     * without), and each copy gets the security design's per-project grants.
     */
    private void bulkCopy(int tasks, int templates) throws SQLException {
        int copies = Math.max(0, (int) Math.ceil((double) tasks / templates) - 1);
        try (Connection db = DriverManager.getConnection(url, dbUser, dbPassword)) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TEMP TABLE copy_no AS SELECT generate_series(1, " + copies + ") AS n");
                s.execute("CREATE TEMP TABLE tpl_task AS SELECT id_ FROM act_ru_task");
                s.execute("CREATE TEMP TABLE tpl_exec AS SELECT id_ FROM act_ru_execution");
                // activity instance ids ("UserTask_X:<uuid>") would outgrow VARCHAR(64) with a suffix
                copy(db, "act_ru_execution", Set.of("id_", "root_proc_inst_id_", "proc_inst_id_", "parent_id_",
                        "super_exec_", "business_key_"), Map.of("act_inst_id_",
                        "CASE WHEN t.act_inst_id_ IS NULL THEN NULL ELSE md5(t.act_inst_id_ || copy_no.n) END"), "TRUE");
                copy(db, "act_ru_task", Set.of("id_", "execution_id_", "proc_inst_id_", "parent_task_id_"), Map.of(
                        "due_date_", "CASE WHEN random() < 0.1 THEN NULL ELSE now() + (random() * 90 - 30) * INTERVAL '1 day' END",
                        "create_time_", "now() - random() * INTERVAL '60 days'"), "TRUE");
                copy(db, "act_ru_identitylink", Set.of("id_", "task_id_"), Map.of(),
                        "t.task_id_ IN (SELECT id_ FROM tpl_task)");
                copy(db, "act_ru_variable", Set.of("id_", "execution_id_", "proc_inst_id_", "task_id_", "var_scope_"),
                        Map.of(), "TRUE");
                copy(db, "act_ru_event_subscr", Set.of("id_", "execution_id_", "proc_inst_id_"), Map.of(), "TRUE");
                copy(db, "act_ru_authorization", Set.of("id_", "resource_id_", "root_proc_inst_id_"), Map.of(),
                        "(t.resource_id_ IN (SELECT id_ FROM tpl_task) OR t.resource_id_ IN (SELECT id_ FROM tpl_exec))");
                // per-project grants (security design): the owner county reads every task and every
                // instance of its projects and their history
                int read = Permissions.READ.getValue();
                s.execute("CREATE TEMP TABLE owner_of AS SELECT e.id_ AS pi, e.root_proc_inst_id_ AS root, "
                        + "v.text_ AS grp FROM act_ru_execution e JOIN act_ru_variable v ON v.proc_inst_id_ = "
                        + "e.root_proc_inst_id_ AND v.execution_id_ = e.root_proc_inst_id_ AND v.name_ = '"
                        + OWNER_COUNTY_GROUP + "' WHERE e.id_ = e.proc_inst_id_");
                s.execute("INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, "
                        + "perms_, root_proc_inst_id_) SELECT gen_random_uuid()::text, 1, 1, o.grp, "
                        + Resources.TASK.resourceType() + ", t.id_, " + read + ", o.root FROM act_ru_task t JOIN "
                        + "owner_of o ON o.pi = t.proc_inst_id_ ON CONFLICT DO NOTHING");
                for (Resources r : List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)) {
                    s.execute("INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, "
                            + "resource_id_, perms_, root_proc_inst_id_) SELECT gen_random_uuid()::text, 1, 1, o.grp, "
                            + r.resourceType() + ", o.pi, " + read + ", o.root FROM owner_of o ON CONFLICT DO NOTHING");
                }
                db.commit();
                db.setAutoCommit(true);
                for (String table : List.of("act_ru_execution", "act_ru_task", "act_ru_identitylink", "act_ru_variable",
                        "act_ru_event_subscr", "act_ru_authorization")) {
                    s.execute("VACUUM ANALYZE " + table);
                }
            }
        }
    }

    /** INSERT INTO table SELECT … FROM table t, copy_no WHERE condition, with id columns suffixed. */
    private static void copy(Connection db, String table, Set<String> idColumns, Map<String, String> overrides,
            String condition) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        List<String> values = new ArrayList<>();
        for (String c : columns) {
            if (overrides.containsKey(c)) {
                values.add(overrides.get(c));
            } else if (idColumns.contains(c)) {
                values.add("t." + c + " || ':' || copy_no.n");
            } else {
                values.add("t." + c);
            }
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                + " FROM " + table + " t CROSS JOIN copy_no WHERE " + condition + " AND t.id_ NOT LIKE '%:%'";
        try (Statement s = db.createStatement()) {
            long t0 = System.nanoTime();
            int rows = s.executeUpdate(sql);
            LifecycleBenchmark.say(String.format("  %-22s %9d rows copied in %.1f s", table, rows,
                    (System.nanoTime() - t0) / 1e9));
        }
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(url, dbUser, dbPassword)) {
            out.put("open tasks", LifecycleBenchmark.count(db, "SELECT COUNT(*) FROM act_ru_task"));
            out.put("executions", LifecycleBenchmark.count(db, "SELECT COUNT(*) FROM act_ru_execution"));
            out.put("candidate links", LifecycleBenchmark.count(db, "SELECT COUNT(*) FROM act_ru_identitylink"));
            out.put("variables", LifecycleBenchmark.count(db, "SELECT COUNT(*) FROM act_ru_variable"));
            out.put("authorizations", LifecycleBenchmark.count(db, "SELECT COUNT(*) FROM act_ru_authorization"));
            out.put("county-pengjiang tasks", LifecycleBenchmark.count(db, "SELECT COUNT(DISTINCT task_id_) FROM "
                    + "act_ru_identitylink WHERE group_id_ = 'county-pengjiang'"));
        }
        return out;
    }
}
