package cn.jiangmen.greenchannel.supervision;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import java.util.List;
import java.util.Map;

/**
 * Filters, sorting and paging of the ledger. {@code year} is the year of 签约 (a project not yet
 * signed has no year and is left out when a year is asked for). {@code sort} is
 * {@code field[,asc|desc]} with one of {@link #SORT_FIELDS}; ties fall back to the project code.
 * Pages count from 0; {@code size} is 1 … {@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}).
 */
public record LedgerQuery(List<String> counties, String chain, String tier, Integer year, String status,
        String sortField, boolean descending, int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    /** Sort field -> SQL expression of the ledger select. */
    static final Map<String, String> SORT_FIELDS = Map.ofEntries(
            Map.entry("projectCode", "p.project_code"),
            Map.entry("name", "p.name"),
            Map.entry("county", "c.sort_order"),
            Map.entry("chain", "ch.sort_order"),
            Map.entry("tier", "p.tier"),
            Map.entry("plannedInvestment", "p.planned_investment"),
            Map.entry("actualInvestment", "p.actual_investment"),
            Map.entry("status", "p.status"),
            Map.entry("signedOn", "ms.reached_on"),
            Map.entry("registeredOn", "mr.reached_on"),
            Map.entry("constructionStartedOn", "mc.reached_on"),
            Map.entry("productionStartedOn", "mp.reached_on"));

    public static LedgerQuery of(List<String> counties, String chain, String tier, Integer year, String status,
            String sort, Integer page, Integer size) {
        String field = "projectCode";
        boolean desc = false;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.trim().split(",");
            field = parts[0].trim();
            if (!SORT_FIELDS.containsKey(field)) {
                throw new BusinessRuleViolation("GC-LED-002", "不支持按 " + field + " 排序，可用：" + String.join("、",
                        new java.util.TreeSet<>(SORT_FIELDS.keySet())));
            }
            if (parts.length > 1) {
                String dir = parts[1].trim().toLowerCase();
                if (!dir.equals("asc") && !dir.equals("desc")) {
                    throw new BusinessRuleViolation("GC-LED-002", "排序方向只能是 asc 或 desc，收到：" + parts[1]);
                }
                desc = dir.equals("desc");
            }
        }
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new BusinessRuleViolation("GC-LED-001", "页码 page 从 0 开始，收到：" + p);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new BusinessRuleViolation("GC-LED-001", "每页条数 size 须在 1 到 " + MAX_SIZE + " 之间，收到：" + s);
        }
        if (year != null && (year < 2000 || year > 2099)) {
            throw new BusinessRuleViolation("GC-LED-003", "年份须在 2000 到 2099 之间，收到：" + year);
        }
        return new LedgerQuery(counties, blankToNull(chain), blankToNull(tier), year, blankToNull(status), field,
                desc, p, s);
    }

    /** The same filters, every row (export). */
    public LedgerQuery unpaged() {
        return new LedgerQuery(counties, chain, tier, year, status, sortField, descending, 0, Integer.MAX_VALUE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
