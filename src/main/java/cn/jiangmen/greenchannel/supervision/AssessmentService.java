package cn.jiangmen.greenchannel.supervision;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.organisation.ReferenceData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/**
 * 年考核 (domain.md §7): counties ranked by projects landed in the year (registered, construction
 * started, in production - milestones dated in the year, counted for the county that owns the
 * project now) and by 亩产效益 of their projects in production whose 达产复核 was recorded in the
 * year (Σ actual output / Σ 亩, Σ actual tax / Σ 亩, 亩 as evaluated). Each figure is scaled to 0–100
 * against the best county; the score is the weighted sum with the weights of decision
 * {@code assessment-weights}. Equal scores share a rank.
 */
@Service
public class AssessmentService {

    public static final String DECISION = "assessment-weights";

    public record Weights(double registered, double started, double inProduction, double outputPerMu, double taxPerMu) {
    }

    public record CountyAssessment(int rank, String county, String countyName, long registered,
            long constructionStarted, long inProduction, long evaluatedProjects, double evaluatedLandArea,
            Double outputPerMu, Double taxPerMu, double score) {
    }

    public record Assessment(int year, Weights weights, List<CountyAssessment> counties) {
    }

    private final ReportData data;
    private final ReferenceData referenceData;
    private final DecisionService decisionService;
    private final SystemQueries system;

    public AssessmentService(ReportData data, ReferenceData referenceData, DecisionService decisionService,
            SystemQueries system) {
        this.data = data;
        this.referenceData = referenceData;
        this.decisionService = decisionService;
        this.system = system;
    }

    public Weights weights(int year) {
        Map<String, Object> row = system.<Map<String, Object>>asSystem(() -> decisionService
                .evaluateDecisionTableByKey(DECISION, Map.<String, Object>of("year", year)).getSingleResult());
        if (row == null) {
            throw new IllegalStateException("decision " + DECISION + " has no row for " + year);
        }
        return new Weights(num(row, "weightRegistered"), num(row, "weightStarted"), num(row, "weightInProduction"),
                num(row, "weightOutputPerMu"), num(row, "weightTaxPerMu"));
    }

    public Assessment assess(int year) {
        if (year < 2000 || year > 2099) {
            throw new BusinessRuleViolation("GC-ASM-001", "年份须在 2000 到 2099 之间，收到：" + year);
        }
        Weights w = weights(year);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<ReportData.ReportProject> projects = data.projects();
        List<long[]> counts = new ArrayList<>();
        List<double[]> perMu = new ArrayList<>();
        List<ReferenceData.County> counties = referenceData.counties();
        for (ReferenceData.County c : counties) {
            long reg = 0, started = 0, prod = 0, evaluated = 0;
            double land = 0, output = 0, tax = 0;
            for (ReportData.ReportProject p : projects) {
                if (!c.code().equals(p.county())) {
                    continue;
                }
                reg += BulletinCalculator.within(p.registeredOn(), first, last) ? 1 : 0;
                started += BulletinCalculator.within(p.startedOn(), first, last) ? 1 : 0;
                prod += BulletinCalculator.within(p.productionOn(), first, last) ? 1 : 0;
                if (p.productionOn() != null && !p.productionOn().isAfter(last)
                        && BulletinCalculator.within(p.evaluatedOn(), first, last)
                        && p.evaluatedLandArea() != null && p.evaluatedLandArea() > 0) {
                    evaluated++;
                    land += p.evaluatedLandArea();
                    output += p.actualOutput();
                    tax += p.actualTax();
                }
            }
            counts.add(new long[] {reg, started, prod, evaluated});
            perMu.add(new double[] {land, land > 0 ? output / land : Double.NaN, land > 0 ? tax / land : Double.NaN});
        }
        double maxReg = max(counts, 0), maxStarted = max(counts, 1), maxProd = max(counts, 2);
        double maxOut = maxPerMu(perMu, 1), maxTax = maxPerMu(perMu, 2);
        List<CountyAssessment> rows = new ArrayList<>();
        for (int i = 0; i < counties.size(); i++) {
            long[] n = counts.get(i);
            double[] m = perMu.get(i);
            double score = w.registered() * scaled(n[0], maxReg) + w.started() * scaled(n[1], maxStarted)
                    + w.inProduction() * scaled(n[2], maxProd) + w.outputPerMu() * scaled(m[1], maxOut)
                    + w.taxPerMu() * scaled(m[2], maxTax);
            rows.add(new CountyAssessment(0, counties.get(i).code(), counties.get(i).name(), n[0], n[1], n[2], n[3],
                    round(m[0]), Double.isNaN(m[1]) ? null : round(m[1]), Double.isNaN(m[2]) ? null : round(m[2]),
                    round(score)));
        }
        List<CountyAssessment> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble(CountyAssessment::score).reversed());
        List<CountyAssessment> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            CountyAssessment r = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).score() == r.score() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new CountyAssessment(rank, r.county(), r.countyName(), r.registered(), r.constructionStarted(),
                    r.inProduction(), r.evaluatedProjects(), r.evaluatedLandArea(), r.outputPerMu(), r.taxPerMu(),
                    r.score()));
        }
        return new Assessment(year, w, ranked);
    }

    private static double max(List<long[]> counts, int i) {
        return counts.stream().mapToLong(c -> c[i]).max().orElse(0);
    }

    private static double maxPerMu(List<double[]> perMu, int i) {
        return perMu.stream().mapToDouble(m -> Double.isNaN(m[i]) ? 0 : m[i]).max().orElse(0);
    }

    static double scaled(double value, double max) {
        return Double.isNaN(value) || max <= 0 ? 0 : value / max * 100;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double num(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).doubleValue();
    }
}
