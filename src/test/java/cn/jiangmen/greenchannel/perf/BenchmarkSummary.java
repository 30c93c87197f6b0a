package cn.jiangmen.greenchannel.perf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code RESULT key=value …} lines a benchmark run wrote (file given as argument) and
 * prints the figures of issue 9 against their targets, with the product's transitions/s as a ratio
 * to the bare engine and to pgbench at the same number of client threads.
 */
public final class BenchmarkSummary {

    public static void main(String[] args) throws Exception {
        Map<String, Map<String, String>> results = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            int at = line.indexOf("RESULT ");
            if (at < 0) {
                continue;
            }
            Map<String, String> r = new LinkedHashMap<>();
            for (String kv : line.substring(at + 7).trim().split("\\s+")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    r.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            results.put(r.get("label"), r);
        }
        System.out.println();
        System.out.println("===== benchmark summary (issue 9 targets) =====");
        System.out.printf("%-22s %8s %12s %10s %10s %10s %10s %9s%n", "run", "threads", "transitions/s",
                "cmpl p50", "cmpl p95", "cmpl p99", "start p95", "proj/s");
        for (Map<String, String> r : results.values()) {
            if (r.get("mode").equals("tasklist") || r.get("mode").equals("cleanup")) {
                continue;
            }
            System.out.printf("%-22s %8s %12s %10s %10s %10s %10s %9s%n", r.get("label"), r.get("threads"),
                    r.getOrDefault("transitions_per_s", r.get("tps")), ms(r, "complete_p50"), ms(r, "complete_p95"),
                    ms(r, "complete_p99"), ms(r, "start_p95"), r.getOrDefault("projects_per_s", "-"));
        }
        System.out.println();
        for (String mode : List.of("java", "rest")) {
            for (Map<String, String> r : results.values()) {
                if (!mode.equals(r.get("mode"))) {
                    continue;
                }
                String threads = r.get("threads");
                double product = d(r.get("transitions_per_s"));
                Map<String, String> bare = results.get("bare-" + threads);
                Map<String, String> pg = results.get("pgbench-" + threads);
                if (bare != null) {
                    double ratio = product / d(bare.get("transitions_per_s"));
                    System.out.printf("%-24s %.2f × bare engine (%s / %s transitions/s)   target ≥ 1.0: %s%n",
                            r.get("label"), ratio, r.get("transitions_per_s"), bare.get("transitions_per_s"),
                            ratio >= 1.0 ? "MET" : "NOT MET");
                }
                if (pg != null) {
                    System.out.printf("%-24s %.2f × pgbench task-completion transaction (%s tps)%n", r.get("label"),
                            product / d(pg.get("tps")), pg.get("tps"));
                }
                if (bare != null && pg != null) {
                    System.out.printf("%-24s bare engine itself: %.2f × pgbench%n", "bare-" + threads,
                            d(bare.get("transitions_per_s")) / d(pg.get("tps")));
                }
                if ("8".equals(threads)) {
                    double p95 = d(r.get("complete_p95"));
                    System.out.printf("%-24s complete-task p95 %.1f ms with 8 clients   target ≤ 50 ms: %s%n",
                            r.get("label"), p95, p95 <= 50 ? "MET" : "NOT MET");
                }
                double history = d(r.get("history_kb"));
                System.out.printf("%-24s history %.1f KB rows (%.1f KB with indexes, on disk) per completed project"
                                + "   target ≤ 40 KB: %s%n", r.get("label"), history, d(r.get("history_disk_kb")),
                        history <= 40 ? "MET (rows)" : "NOT MET");
                System.out.printf("%-24s runtime left %.1f KB rows per completed project, business tables %.1f KB rows;"
                                + " incidents %s, optimistic-locking retries %s%n", r.get("label"), d(r.get("runtime_kb")),
                        d(r.get("business_kb")), r.get("incidents"), r.get("ol_retries"));
            }
        }
        Map<String, String> cleanup = results.get("cleanup");
        if (cleanup != null) {
            System.out.printf("%-24s history of %s finished projects removed in %s s (%s projects/s, %s instances left):"
                            + " the nightly window removes a year's expired projects in seconds%n", "history cleanup",
                    cleanup.get("projects"), cleanup.get("seconds"), cleanup.get("projects_per_s"), cleanup.get("left"));
        }
        for (Map<String, String> r : results.values()) {
            if (!"tasklist".equals(r.get("mode"))) {
                continue;
            }
            double p95 = d(r.get("list_p95"));
            System.out.printf("%-24s %s open tasks, %s visible to the user, %s authorizations: first page p50 %s / "
                            + "p95 %s / p99 %s ms (1 client)   target p95 ≤ 20 ms: %s%n", r.get("label"),
                    r.get("open_tasks"), r.get("visible"), r.get("authorizations"), r.get("list_p50"), r.get("list_p95"),
                    r.get("list_p99"), p95 <= 20 ? "MET" : "NOT MET");
            System.out.printf("%-24s with 8 clients p50 %s / p95 %s / p99 %s ms; as Tasklist asks (hal+json, with the"
                            + " count) p95 %s ms; count p50 %s / p95 %s ms%n", "", r.get("list8_p50"), r.get("list8_p95"),
                    r.get("list8_p99"), r.get("hal_p95"), r.get("count_p50"), r.get("count_p95"));
            System.out.printf("%-24s department user seeing %s tasks: first page p50 %s / p95 %s / p99 %s ms, count p95 %s"
                            + " ms%n", "", r.get("heavy_visible"), r.get("heavy_p50"), r.get("heavy_p95"),
                    r.get("heavy_p99"), r.get("heavy_count_p95"));
        }
    }

    private static String ms(Map<String, String> r, String key) {
        return r.containsKey(key) ? r.get(key) : "-";
    }

    private static double d(String s) {
        return s == null ? Double.NaN : Double.parseDouble(s);
    }
}
