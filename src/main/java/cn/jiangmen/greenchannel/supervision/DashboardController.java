package cn.jiangmen.greenchannel.supervision;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.organisation.ReferenceData;
import cn.jiangmen.greenchannel.project.ProjectStatus;
import cn.jiangmen.greenchannel.project.Tier;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dashboard?year=yyyy} (default: this year): the managers' dashboard of the Cockpit
 * plugin; {@code GET /api/report-options}: the filter lists of the report pages. City readers see
 * the city; a county bureau its own county; everybody else 403.
 */
@RestController
public class DashboardController {

    private final DashboardService dashboards;
    private final ReportAccess access;
    private final ReferenceData referenceData;

    public DashboardController(DashboardService dashboards, ReportAccess access, ReferenceData referenceData) {
        this.dashboards = dashboards;
        this.access = access;
        this.referenceData = referenceData;
    }

    /** The lists the report pages filter by: the caller's counties, the chains, tiers and statuses. */
    public record Option(String code, String label) {
    }

    public record Options(List<Option> counties, List<Option> chains, List<Option> tiers, List<Option> statuses) {
    }

    @GetMapping("/api/dashboard")
    public DashboardService.Dashboard dashboard(@RequestParam(name = "year", required = false) Integer year) {
        ReportAccess.Scope scope = access.scope();
        int y = year == null ? Zones.today().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new BusinessRuleViolation("GC-RPT-400", "年份无效：" + y);
        }
        return dashboards.dashboard(y, scope);
    }

    @GetMapping("/api/report-options")
    public Options options() {
        ReportAccess.Scope scope = access.scope();
        return new Options(
                referenceData.counties().stream().filter(c -> scope.allows(c.code()))
                        .map(c -> new Option(c.code(), c.name())).toList(),
                referenceData.chains().stream().map(c -> new Option(c.code(), c.name())).toList(),
                Arrays.stream(Tier.values()).map(t -> new Option(t.name(), t.label())).toList(),
                Arrays.stream(ProjectStatus.values()).map(s -> new Option(s.name(), s.label())).toList());
    }
}
