package cn.jiangmen.greenchannel.supervision;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.project.ProjectStatus;
import cn.jiangmen.greenchannel.project.Tier;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger (台账) of every project whose planned investment reaches the {@code project-tier}
 * table's LEDGER boundary (domain.md §2, §7): one row per project with its milestones, overdue flags
 * and transfer history, filtered, sorted and paged in the database.
 */
@Service
public class LedgerService {

    private static final String FROM = """
             FROM greenchannel.project p
             JOIN greenchannel.county c ON c.code = p.owner_county
             JOIN greenchannel.industry_chain ch ON ch.code = p.chain_code
             LEFT JOIN greenchannel.agreement a ON a.project_code = p.project_code
             LEFT JOIN greenchannel.milestone ms ON ms.project_code = p.project_code AND ms.milestone_type = 'SIGNED'
             LEFT JOIN greenchannel.milestone mr ON mr.project_code = p.project_code AND mr.milestone_type = 'REGISTERED'
             LEFT JOIN greenchannel.milestone mc ON mc.project_code = p.project_code AND mc.milestone_type = 'CONSTRUCTION_STARTED'
             LEFT JOIN greenchannel.milestone mp ON mp.project_code = p.project_code AND mp.milestone_type = 'IN_PRODUCTION'
            """;

    private static final String COLUMNS = """
            SELECT p.project_code, p.name, p.owner_county, c.name AS county_name, p.chain_code, ch.name AS chain_name,
              p.tier, p.investor_origin, p.planned_investment, p.actual_investment, p.status,
              ms.reached_on AS signed_on, mr.reached_on AS registered_on, mc.reached_on AS started_on,
              mp.reached_on AS production_on, a.planned_registration_date, a.planned_start_date,
              a.planned_production_date
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final TierThresholds thresholds;
    private final SystemQueries systemQueries;

    public LedgerService(NamedParameterJdbcTemplate jdbc, TierThresholds thresholds, SystemQueries systemQueries) {
        this.jdbc = jdbc;
        this.thresholds = thresholds;
        this.systemQueries = systemQueries;
    }

    @Transactional(readOnly = true)
    public LedgerPage page(LedgerQuery query) {
        validateCodes(query);
        long threshold = thresholds.ledger();
        MapSqlParameterSource params = new MapSqlParameterSource("threshold", threshold);
        String where = where(query, params);
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + FROM + where, params, Long.class);
        String order = " ORDER BY " + LedgerQuery.SORT_FIELDS.get(query.sortField()) + (query.descending() ? " DESC" : " ASC")
                + (query.sortField().equals("projectCode") ? "" : ", p.project_code ASC");
        String limit = "";
        if (query.size() != Integer.MAX_VALUE) {
            limit = " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY";
            params.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
        }
        List<RawRow> raw = jdbc.query(COLUMNS + FROM + where + order + limit, params, LedgerService::raw);
        LocalDate today = Zones.today();
        Set<String> codes = raw.stream().map(RawRow::code).collect(Collectors.toSet());
        Set<String> withOverdueTask = codes.isEmpty() ? Set.of() : systemQueries.overdueTasks(ClockUtil.getCurrentTime())
                .stream().map(SystemQueries.OverdueTask::projectCode).filter(codes::contains)
                .collect(Collectors.toCollection(HashSet::new));
        Map<String, String> transfers = transferHistory(codes);
        List<LedgerRow> rows = new ArrayList<>();
        for (RawRow r : raw) {
            List<String> missed = AgreementItem.missedItems(r.status, r.plannedDates, r.reached, today).stream()
                    .map(AgreementItem::label).toList();
            boolean overdueTask = withOverdueTask.contains(r.code);
            rows.add(new LedgerRow(r.code, r.name, r.county, r.countyName, r.chain, r.chainName, r.tier,
                    Labels.tier(r.tier), r.origin, Labels.origin(r.origin), r.plannedInvestment, r.actual, r.status,
                    Labels.status(r.status), r.signedOn, r.reached[0], r.reached[1], r.reached[2],
                    r.plannedDates[0], r.plannedDates[1], r.plannedDates[2], overdueTask, missed,
                    overdueTask || !missed.isEmpty(), transfers.getOrDefault(r.code, "")));
        }
        return new LedgerPage(total == null ? 0 : total, query.page(),
                query.size() == Integer.MAX_VALUE ? rows.size() : query.size(), threshold, rows);
    }

    private static void validateCodes(LedgerQuery query) {
        if (query.tier() != null) {
            try {
                Tier.valueOf(query.tier());
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleViolation("GC-LED-004", "未知的项目层级：" + query.tier());
            }
        }
        if (query.status() != null) {
            try {
                ProjectStatus.valueOf(query.status());
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleViolation("GC-LED-004", "未知的项目状态：" + query.status());
            }
        }
    }

    private static String where(LedgerQuery q, MapSqlParameterSource params) {
        StringBuilder w = new StringBuilder(" WHERE p.planned_investment >= :threshold");
        if (!q.counties().isEmpty()) {
            w.append(" AND p.owner_county IN (:counties)");
            params.addValue("counties", q.counties());
        }
        if (q.chain() != null) {
            w.append(" AND p.chain_code = :chain");
            params.addValue("chain", q.chain());
        }
        if (q.tier() != null) {
            w.append(" AND p.tier = :tier");
            params.addValue("tier", q.tier());
        }
        if (q.status() != null) {
            w.append(" AND p.status = :status");
            params.addValue("status", q.status());
        }
        if (q.year() != null) {
            w.append(" AND ms.reached_on >= :yearStart AND ms.reached_on < :yearEnd");
            params.addValue("yearStart", Date.valueOf(LocalDate.of(q.year(), 1, 1)));
            params.addValue("yearEnd", Date.valueOf(LocalDate.of(q.year() + 1, 1, 1)));
        }
        return w.toString();
    }

    /** "新会区→台山市 2026-03-05 已承接；…" per project, oldest first. */
    private Map<String, String> transferHistory(Set<String> codes) {
        Map<String, String> out = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        jdbc.query("""
                SELECT t.project_code, f.name AS from_name, tc.name AS to_name, t.outcome, t.requested_at, t.decided_at
                FROM greenchannel.project_transfer t
                JOIN greenchannel.county f ON f.code = t.from_county
                LEFT JOIN greenchannel.county tc ON tc.code = t.to_county
                WHERE t.project_code IN (:codes)
                ORDER BY t.project_code, t.requested_at, t.transfer_instance_id""",
                new MapSqlParameterSource("codes", codes), rs -> {
                    String code = rs.getString("project_code");
                    java.sql.Timestamp when = rs.getTimestamp("decided_at") != null ? rs.getTimestamp("decided_at")
                            : rs.getTimestamp("requested_at");
                    String entry = rs.getString("from_name") + "→" + (rs.getString("to_name") == null ? "待定"
                            : rs.getString("to_name")) + " " + when.toLocalDateTime().toLocalDate() + " "
                            + outcomeLabel(rs.getString("outcome"));
                    out.merge(code, entry, (a, b) -> a + "；" + b);
                });
        return out;
    }

    static String outcomeLabel(String outcome) {
        if (outcome == null) {
            return "流转中";
        }
        return switch (outcome) {
            case "ACCEPTED" -> "已承接";
            case "REJECTED" -> "未获同意";
            case "LOST" -> "流失";
            default -> outcome;
        };
    }

    private record RawRow(String code, String name, String county, String countyName, String chain, String chainName,
            String tier, String origin, long plannedInvestment, Long actual, String status, LocalDate signedOn,
            LocalDate[] reached, LocalDate[] plannedDates) {
    }

    private static RawRow raw(ResultSet rs, int i) throws SQLException {
        long actual = rs.getLong("actual_investment");
        Long actualOrNull = rs.wasNull() ? null : actual;
        return new RawRow(rs.getString("project_code"), rs.getString("name"), rs.getString("owner_county"),
                rs.getString("county_name"), rs.getString("chain_code"), rs.getString("chain_name"),
                rs.getString("tier"), rs.getString("investor_origin"), rs.getLong("planned_investment"), actualOrNull,
                rs.getString("status"), date(rs, "signed_on"),
                new LocalDate[] {date(rs, "registered_on"), date(rs, "started_on"), date(rs, "production_on")},
                new LocalDate[] {date(rs, "planned_registration_date"), date(rs, "planned_start_date"),
                        date(rs, "planned_production_date")});
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
