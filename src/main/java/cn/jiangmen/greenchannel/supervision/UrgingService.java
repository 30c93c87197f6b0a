package cn.jiangmen.greenchannel.supervision;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.IdempotentInsert;
import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.organisation.OrganisationGroups;
import cn.jiangmen.greenchannel.organisation.ReferenceData;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 季督促 (domain.md §7): after each quarter, every county behind schedule gets an urging task with
 * the figures that put it there. "Behind schedule" is the decision {@code lagging-county} over the
 * county's ledger projects (planned investment at or above the {@code project-tier} LEDGER
 * boundary) as of the quarter's last day: how many agreement dates (注册/开工/投产) had passed
 * without the milestone. The round is due on the first working day of the next quarter; the
 * quarter ({@code yyyy-Qn}) is the key of {@code greenchannel.urging_round}, claimed with an
 * idempotent insert, so a second run creates no second round.
 */
@Service("urgingService")
public class UrgingService {

    public static final String DECISION = "lagging-county";

    /** A round just started: its quarter and the counties urged. */
    public record Round(String period, List<String> counties) {
    }

    /** One county's position at a quarter's end. */
    public record CountyPosition(String county, String countyName, long ledgerProjects, List<String> overdueItems) {
    }

    private final JdbcTemplate jdbc;
    private final String insertRound;
    private final String insertUrging;
    private final BulletinService bulletins;
    private final ReportData data;
    private final ReferenceData referenceData;
    private final TierThresholds thresholds;
    private final DecisionService decisionService;
    private final IdentityService identityService;
    private final SystemQueries system;

    public UrgingService(JdbcTemplate jdbc, IdempotentInsert idempotent, BulletinService bulletins, ReportData data,
            ReferenceData referenceData, TierThresholds thresholds, DecisionService decisionService,
            IdentityService identityService, SystemQueries system) {
        this.jdbc = jdbc;
        this.insertRound = idempotent.sql("greenchannel.urging_round",
                List.of("period", "started_at", "process_instance_id", "lagging_counties"), List.of("period"));
        this.insertUrging = idempotent.sql("greenchannel.urging",
                List.of("period", "county", "figures", "created_at"), List.of("period", "county"));
        this.bulletins = bulletins;
        this.data = data;
        this.referenceData = referenceData;
        this.thresholds = thresholds;
        this.decisionService = decisionService;
        this.identityService = identityService;
        this.system = system;
    }

    /** The quarter before the one {@code day} lies in, as yyyy-Qn, and its last day. */
    static String previousQuarter(LocalDate day) {
        LocalDate lastDay = previousQuarterEnd(day);
        return lastDay.getYear() + "-Q" + ((lastDay.getMonthValue() - 1) / 3 + 1);
    }

    static LocalDate previousQuarterEnd(LocalDate day) {
        int firstMonth = ((day.getMonthValue() - 1) / 3) * 3 + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1).minusDays(1);
    }

    static LocalDate quarterEnd(String period) {
        String[] parts = period.split("-Q");
        int year = Integer.parseInt(parts[0]);
        int quarter = Integer.parseInt(parts[1]);
        return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }

    /** The daily step: starts the previous quarter's round when due and not started yet; else null. */
    public Round startRoundIfDue(String processInstanceId) {
        LocalDate today = Zones.today();
        LocalDate quarterStart = previousQuarterEnd(today).plusDays(1);
        if (!today.equals(bulletins.firstWorkingDayOfMonth(quarterStart))) {
            return null;
        }
        String period = previousQuarter(today);
        Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.urging_round WHERE period = ?",
                Integer.class, period);
        if (done != null && done > 0) {
            return null;
        }
        List<CountyPosition> lagging = positions(previousQuarterEnd(today)).stream().filter(this::lagging).toList();
        List<String> counties = lagging.stream().map(CountyPosition::county).toList();
        if (jdbc.update(insertRound, period, Timestamp.valueOf(Zones.now()), processInstanceId,
                String.join(",", counties)) == 0) {
            return null;
        }
        for (CountyPosition p : lagging) {
            jdbc.update(insertUrging, period, p.county(), describe(period, p), Timestamp.valueOf(Zones.now()));
        }
        return new Round(period, counties);
    }

    /** Every county's ledger projects and agreement items missed as of {@code lastDay}. */
    public List<CountyPosition> positions(LocalDate lastDay) {
        long ledger = thresholds.ledger();
        List<ReportData.ReportProject> projects = data.projects().stream()
                .filter(p -> p.plannedInvestment() >= ledger).toList();
        List<CountyPosition> out = new ArrayList<>();
        for (ReferenceData.County c : referenceData.counties()) {
            long count = 0;
            List<String> items = new ArrayList<>();
            for (ReportData.ReportProject p : projects) {
                if (!c.code().equals(p.county())) {
                    continue;
                }
                count++;
                for (AgreementItem item : ReportData.missedAsOf(p, lastDay)) {
                    items.add(p.code() + " " + item.label() + "逾期（计划 " + p.planned()[item.ordinal()] + "）");
                }
            }
            out.add(new CountyPosition(c.code(), c.name(), count, items));
        }
        return out;
    }

    boolean lagging(CountyPosition p) {
        Map<String, Object> row = system.<Map<String, Object>>asSystem(() -> decisionService.evaluateDecisionTableByKey(
                DECISION, Map.<String, Object>of("overdueItems", (long) p.overdueItems().size(),
                        "ledgerProjects", p.ledgerProjects())).getSingleResult());
        return row != null && Boolean.TRUE.equals(row.get("lagging"));
    }

    static String describe(String period, CountyPosition p) {
        return p.countyName() + " " + period.replace("-Q", "年第") + "季度末：亿元以上项目 " + p.ledgerProjects()
                + " 个，协议约定日期已过而未达成的事项 " + p.overdueItems().size() + " 项：" + String.join("；", p.overdueItems());
    }

    public String figuresText(String period, String county) {
        return jdbc.queryForList("SELECT figures FROM greenchannel.urging WHERE period = ? AND county = ?", String.class,
                period, county).stream().findFirst().orElse("");
    }

    /** For the multi-instance urging task: "a,b" -> [a, b]. */
    public List<String> countyList(String counties) {
        return counties == null || counties.isBlank() ? List.of() : Arrays.asList(counties.split(","));
    }

    public void requireCountyMember(String userId, String county) {
        String group = OrganisationGroups.countyGroup(county);
        if (userId != null && system.asSystem(() -> identityService.createUserQuery().userId(userId)
                .memberOfGroup(group).count()) == 0) {
            throw new BusinessRuleViolation("GC-URG-403", "只有被督促的县（市、区）可以答复本次季度督促");
        }
    }

    public void recordAnswer(String period, String county, String userId, String answer) {
        jdbc.update("UPDATE greenchannel.urging SET answered_at = ?, answered_by = ?, answer = ? WHERE period = ? AND county = ?",
                Timestamp.valueOf(Zones.now()), userId, answer, period, county);
    }

    /** The urging rows of a quarter (period, county, figures, answer). */
    public List<Map<String, Object>> round(String period) {
        return jdbc.queryForList("SELECT county, figures, answered_by, answer FROM greenchannel.urging WHERE period = ? "
                + "ORDER BY county", period);
    }
}
