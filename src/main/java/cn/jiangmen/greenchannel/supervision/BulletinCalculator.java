package cn.jiangmen.greenchannel.supervision;

import cn.jiangmen.greenchannel.organisation.ReferenceData;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** Computes a bulletin's figures from the project record (nothing stored here). */
@Component
public class BulletinCalculator {

    public static final String CITY = "city";

    private final ReportData data;
    private final ReferenceData referenceData;
    private final TierThresholds thresholds;
    private final AnnualTargets targets;

    public BulletinCalculator(ReportData data, ReferenceData referenceData, TierThresholds thresholds,
            AnnualTargets targets) {
        this.data = data;
        this.referenceData = referenceData;
        this.thresholds = thresholds;
        this.targets = targets;
    }

    public Bulletin compute(YearMonth period, boolean official, String producedOn, Boolean onSchedule) {
        List<ReportData.ReportProject> projects = data.projects();
        long major = thresholds.major();
        List<BulletinFigures> counties = new ArrayList<>();
        for (ReferenceData.County c : referenceData.counties()) {
            counties.add(figures(c.code(), c.name(), projects, p -> c.code().equals(p.county()), period, major));
        }
        BulletinFigures city = figures(CITY, "全市", projects, p -> true, period, major);
        AnnualTargets.Targets t = targets.of(period.getYear());
        Bulletin.Targets progress = new Bulletin.Targets(period.getYear(),
                t.manufacturingInvestment(), city.manufacturingInvestmentYtd(),
                city.manufacturingInvestmentYtd() >= t.manufacturingInvestment(),
                t.majorProjects(), city.majorProjectsYtd(), city.majorProjectsYtd() >= t.majorProjects(),
                t.keyChainShare(), city.keyChainShareYtd(),
                city.keyChainShareYtd() != null && city.keyChainShareYtd() >= t.keyChainShare());
        return new Bulletin(period.toString(), official, producedOn, onSchedule, null, null, null, major, progress,
                city, counties);
    }

    static BulletinFigures figures(String code, String name, List<ReportData.ReportProject> all,
            Predicate<ReportData.ReportProject> in, YearMonth period, long major) {
        LocalDate first = period.atDay(1);
        LocalDate last = period.atEndOfMonth();
        LocalDate yearStart = LocalDate.of(period.getYear(), 1, 1);
        long signed = 0, signedInv = 0, majorSigned = 0, keyInv = 0, reg = 0, started = 0, prod = 0, overdue = 0;
        long signedYtd = 0, signedInvYtd = 0, manufYtd = 0, majorYtd = 0, keyInvYtd = 0;
        for (ReportData.ReportProject p : all) {
            if (!in.test(p)) {
                continue;
            }
            if (within(p.signedOn(), first, last)) {
                signed++;
                signedInv += p.plannedInvestment();
                majorSigned += p.plannedInvestment() >= major ? 1 : 0;
                keyInv += p.keyChain() ? p.plannedInvestment() : 0;
            }
            if (within(p.signedOn(), yearStart, last)) {
                signedYtd++;
                signedInvYtd += p.plannedInvestment();
                manufYtd += p.manufacturing() ? p.plannedInvestment() : 0;
                majorYtd += p.plannedInvestment() >= major ? 1 : 0;
                keyInvYtd += p.keyChain() ? p.plannedInvestment() : 0;
            }
            reg += within(p.registeredOn(), first, last) ? 1 : 0;
            started += within(p.startedOn(), first, last) ? 1 : 0;
            prod += within(p.productionOn(), first, last) ? 1 : 0;
            overdue += ReportData.missedAsOf(p, last).size();
        }
        return new BulletinFigures(code, name, signed, signedInv, majorSigned, share(keyInv, signedInv), reg, started,
                prod, overdue, signedYtd, signedInvYtd, manufYtd, majorYtd, share(keyInvYtd, signedInvYtd));
    }

    static boolean within(LocalDate d, LocalDate first, LocalDate last) {
        return d != null && !d.isBefore(first) && !d.isAfter(last);
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
