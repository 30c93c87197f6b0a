package cn.jiangmen.greenchannel.supervision;

import cn.jiangmen.greenchannel.approval.ApprovalCaseRepository;
import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.organisation.ReferenceData;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/**
 * The managers' dashboard (issue 7, domain.md §10.10): the year's KPIs against the annual targets,
 * the month-by-month progress towards them, the funnel 签约 → 注册 → 开工 → 投产 of the projects signed
 * in the year, the same by county and by chain, and the green channel's performance by department.
 * Every figure is computed from the project record with the bulletin's own rules
 * ({@link BulletinCalculator#figures}), so the dashboard and the bulletin never disagree. A county
 * reader gets its own county only: no city totals, targets or green-channel figures.
 */
@Service
public class DashboardService {

    public record Kpis(long signedProjects, long signedInvestment, long manufacturingInvestment, long majorProjects,
            Double keyChainShare, long registered, long constructionStarted, long inProduction, long overdueItems) {
    }

    /**
     * One month: what was signed in it, and the year-to-date figures at its end against the annual
     * targets spread evenly over the months (the targets are the city's: null for a county reader).
     */
    public record Month(String period, long signedProjects, long signedInvestment, long manufacturingInvestmentYtd,
            Long manufacturingTargetToDate, long majorProjectsYtd, Double majorTargetToDate, Double keyChainShareYtd) {
    }

    /** The projects signed in the year and how many of them reached each later milestone (by the as-of day). */
    public record Funnel(long signed, long registered, long constructionStarted, long inProduction) {
    }

    public record CountyRow(String county, String countyName, long signedProjects, long signedInvestment,
            Funnel funnel, long overdueItems) {
    }

    public record ChainRow(String chain, String chainName, boolean keyChain, long signedProjects,
            long signedInvestment) {
    }

    public record DepartmentPerformance(String departmentGroup, String departmentName, long cases, long decided,
            Double averageWorkingDays, long standardCases, long commitmentCases, long tolerantCases,
            long overdueCases) {
    }

    public record Dashboard(int year, String asOf, boolean cityWide, Kpis kpis, Bulletin.Targets targets,
            List<Month> months, Funnel funnel, List<CountyRow> counties, List<ChainRow> chains,
            List<DepartmentPerformance> greenChannel) {
    }

    private final ReportData data;
    private final ReferenceData referenceData;
    private final TierThresholds thresholds;
    private final AnnualTargets targets;
    private final ApprovalCaseRepository cases;
    private final IdentityService identityService;
    private final SystemQueries system;

    public DashboardService(ReportData data, ReferenceData referenceData, TierThresholds thresholds,
            AnnualTargets targets, ApprovalCaseRepository cases, IdentityService identityService, SystemQueries system) {
        this.data = data;
        this.referenceData = referenceData;
        this.thresholds = thresholds;
        this.targets = targets;
        this.cases = cases;
        this.identityService = identityService;
        this.system = system;
    }

    public Dashboard dashboard(int year, ReportAccess.Scope scope) {
        LocalDate today = Zones.today();
        LocalDate asOf = year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
        int lastMonth = year < today.getYear() ? 12 : year == today.getYear() ? today.getMonthValue() : 0;
        List<ReportData.ReportProject> all = data.projects();
        List<ReportData.ReportProject> projects = all.stream().filter(p -> scope.allows(p.county())).toList();
        long major = thresholds.major();
        AnnualTargets.Targets t = targets.of(year);

        List<Month> months = new ArrayList<>();
        BulletinFigures ytd = null;
        for (int m = 1; m <= lastMonth; m++) {
            YearMonth period = YearMonth.of(year, m);
            BulletinFigures f = BulletinCalculator.figures(BulletinCalculator.CITY, "", projects, p -> true, period,
                    major);
            months.add(new Month(period.toString(), f.signedProjects(), f.signedInvestment(),
                    f.manufacturingInvestmentYtd(),
                    scope.all() ? Math.round(t.manufacturingInvestment() * m / 12.0) : null, f.majorProjectsYtd(),
                    scope.all() ? Math.round(t.majorProjects() * m / 12.0 * 10) / 10.0 : null, f.keyChainShareYtd()));
            ytd = f;
        }

        LocalDate yearStart = LocalDate.of(year, 1, 1);
        long registered = count(projects, p -> BulletinCalculator.within(p.registeredOn(), yearStart, asOf));
        long started = count(projects, p -> BulletinCalculator.within(p.startedOn(), yearStart, asOf));
        long inProduction = count(projects, p -> BulletinCalculator.within(p.productionOn(), yearStart, asOf));
        long overdue = projects.stream().mapToLong(p -> ReportData.missedAsOf(p, asOf.minusDays(1)).size()).sum();
        Kpis kpis = ytd == null
                ? new Kpis(0, 0, 0, 0, null, registered, started, inProduction, overdue)
                : new Kpis(ytd.signedProjectsYtd(), ytd.signedInvestmentYtd(), ytd.manufacturingInvestmentYtd(),
                        ytd.majorProjectsYtd(), ytd.keyChainShareYtd(), registered, started, inProduction, overdue);

        Bulletin.Targets progress = null;
        if (scope.all()) {
            progress = new Bulletin.Targets(year, t.manufacturingInvestment(), kpis.manufacturingInvestment(),
                    kpis.manufacturingInvestment() >= t.manufacturingInvestment(), t.majorProjects(),
                    kpis.majorProjects(), kpis.majorProjects() >= t.majorProjects(), t.keyChainShare(),
                    kpis.keyChainShare(), kpis.keyChainShare() != null && kpis.keyChainShare() >= t.keyChainShare());
        }

        List<CountyRow> counties = new ArrayList<>();
        for (ReferenceData.County c : referenceData.counties()) {
            if (!scope.allows(c.code())) {
                continue;
            }
            List<ReportData.ReportProject> own = projects.stream().filter(p -> c.code().equals(p.county())).toList();
            List<ReportData.ReportProject> signed = signedIn(own, yearStart, asOf);
            counties.add(new CountyRow(c.code(), c.name(), signed.size(), investment(signed), funnel(signed, asOf),
                    own.stream().mapToLong(p -> ReportData.missedAsOf(p, asOf.minusDays(1)).size()).sum()));
        }

        List<ReportData.ReportProject> signedInYear = signedIn(projects, yearStart, asOf);
        List<ChainRow> chains = new ArrayList<>();
        for (ReferenceData.Chain ch : referenceData.chains()) {
            List<ReportData.ReportProject> own = signedInYear.stream().filter(p -> ch.code().equals(p.chain())).toList();
            chains.add(new ChainRow(ch.code(), ch.name(), ch.keyChain(), own.size(), investment(own)));
        }

        return new Dashboard(year, asOf.toString(), scope.all(), kpis, progress, months, funnel(signedInYear, asOf),
                counties, chains, scope.all() ? greenChannel() : null);
    }

    private static List<ReportData.ReportProject> signedIn(List<ReportData.ReportProject> projects, LocalDate from,
            LocalDate to) {
        return projects.stream().filter(p -> BulletinCalculator.within(p.signedOn(), from, to)).toList();
    }

    private static Funnel funnel(List<ReportData.ReportProject> signed, LocalDate asOf) {
        return new Funnel(signed.size(), count(signed, p -> reachedBy(p.registeredOn(), asOf)),
                count(signed, p -> reachedBy(p.startedOn(), asOf)), count(signed, p -> reachedBy(p.productionOn(), asOf)));
    }

    private static boolean reachedBy(LocalDate reached, LocalDate asOf) {
        return reached != null && !reached.isAfter(asOf);
    }

    private static long count(List<ReportData.ReportProject> projects, Predicate<ReportData.ReportProject> test) {
        return projects.stream().filter(test).count();
    }

    private static long investment(List<ReportData.ReportProject> projects) {
        return projects.stream().mapToLong(ReportData.ReportProject::plannedInvestment).sum();
    }

    /** The green channel's items summed per approving department. */
    private List<DepartmentPerformance> greenChannel() {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, Double> dayTotals = new LinkedHashMap<>();
        for (Map<String, Object> row : cases.performance()) {
            String dept = (String) row.get("department_group");
            long[] s = sums.computeIfAbsent(dept, d -> new long[6]);
            long decided = number(row.get("decided"));
            s[0] += number(row.get("cases"));
            s[1] += decided;
            s[2] += number(row.get("standard_cases"));
            s[3] += number(row.get("commitment_cases"));
            s[4] += number(row.get("tolerant_cases"));
            s[5] += number(row.get("overdue_cases"));
            Object avg = row.get("avg_working_days");
            if (avg != null) {
                // the item's average over its cases with a day count, weighted back into a total
                dayTotals.merge(dept, ((Number) avg).doubleValue() * decided, Double::sum);
            }
        }
        Map<String, String> names = system.asSystem(() -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (Group g : identityService.createGroupQuery().groupIdIn(sums.keySet().toArray(String[]::new))
                    .unlimitedList()) {
                out.put(g.getId(), g.getName());
            }
            return out;
        });
        List<DepartmentPerformance> out = new ArrayList<>();
        sums.forEach((dept, s) -> out.add(new DepartmentPerformance(dept, names.getOrDefault(dept, dept), s[0], s[1],
                s[1] == 0 || !dayTotals.containsKey(dept) ? null : Math.round(dayTotals.get(dept) / s[1] * 10) / 10.0,
                s[2], s[3], s[4], s[5])));
        return out;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
