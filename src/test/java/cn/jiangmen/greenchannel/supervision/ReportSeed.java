package cn.jiangmen.greenchannel.supervision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A few hundred projects written straight into our tables (codes JM2031-9xxxx, signed in 2031, so
 * no other test's project shares their year), and the facts the tests expect from them computed
 * here, independently of the code under test.
 */
public final class ReportSeed {

    public static final int YEAR = 2031;
    public static final int COUNT = 320;
    static final List<String> COUNTIES = List.of("pengjiang", "jianghai", "xinhui", "taishan", "kaiping", "heshan", "enping");
    static final List<String> COUNTY_NAMES = List.of("蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市");
    static final List<String> CHAINS = List.of("advanced-materials", "light-textile", "agri-food", "electronics",
            "new-energy", "next-gen-it", "smart-equipment", "petrochem-materials", "nev-battery", "silicon-energy", "other");
    static final long[] INVESTMENTS = {3000, 9999, 10000, 10001, 25000, 60000, 99999, 100000, 150000, 400000};
    static final List<String> STATUSES = List.of("SIGNED", "REGISTERED", "LAND_SUPPLIED", "UNDER_CONSTRUCTION",
            "COMPLETED", "IN_PRODUCTION", "EVALUATING", "CLOSED", "IN_TRANSFER", "LOST");
    static final List<String> ORIGINS = List.of("DOMESTIC", "HMT", "FOREIGN", "OVERSEAS_CHINESE");

    /** One seeded project as the test knows it. */
    record P(String code, String name, String county, String chain, long planned, Long actual, String status,
            String origin, boolean manufacturing, LocalDate signed, LocalDate plannedReg, LocalDate plannedStart,
            LocalDate plannedProd, LocalDate registered, LocalDate started, LocalDate production,
            Double evalLand, Long evalOutput, Long evalTax, LocalDate evaluated, String transferFrom) {

        boolean keyChain() {
            return !chain.equals("other");
        }

        String tier() {
            return planned >= 100000 ? "MAJOR" : planned >= 10000 ? "LEDGER" : "GENERAL";
        }

        boolean finished() {
            return List.of("CLOSED", "LOST").contains(status);
        }

        /** Overdue agreement items on {@code today} (planned before today, milestone missing then). */
        List<String> overdue(LocalDate today) {
            List<String> out = new ArrayList<>();
            if (finished()) {
                return out;
            }
            LocalDate asOfLast = today.minusDays(1);
            if (plannedReg.isBefore(today) && (registered == null || registered.isAfter(asOfLast))) {
                out.add("注册");
            }
            if (plannedStart.isBefore(today) && (started == null || started.isAfter(asOfLast))) {
                out.add("开工");
            }
            if (plannedProd.isBefore(today) && (production == null || production.isAfter(asOfLast))) {
                out.add("投产");
            }
            return out;
        }
    }

    private static List<P> projects;

    private ReportSeed() {
    }

    public static synchronized List<P> seed(JdbcTemplate jdbc) {
        if (projects != null) {
            return projects;
        }
        Random random = new Random(20310707L);
        List<P> out = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = String.format("JM%d-9%04d", YEAR, i);
            String county = COUNTIES.get(random.nextInt(COUNTIES.size()));
            String chain = CHAINS.get(random.nextInt(CHAINS.size()));
            long planned = INVESTMENTS[random.nextInt(INVESTMENTS.length)];
            String status = STATUSES.get(random.nextInt(STATUSES.size()));
            String origin = ORIGINS.get(random.nextInt(ORIGINS.size()));
            boolean manufacturing = random.nextInt(4) != 0;
            LocalDate signed = LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(200));
            LocalDate plannedReg = signed.plusDays(10 + random.nextInt(60));
            LocalDate plannedStart = plannedReg.plusDays(30 + random.nextInt(90));
            LocalDate plannedProd = plannedStart.plusDays(60 + random.nextInt(200));
            int progress = STATUSES.indexOf(status);
            LocalDate registered = progress >= 1 && random.nextInt(5) != 0 ? plannedReg.plusDays(random.nextInt(40) - 10) : null;
            LocalDate started = registered != null && progress >= 3 && random.nextInt(4) != 0
                    ? plannedStart.plusDays(random.nextInt(60) - 20) : null;
            LocalDate production = started != null && progress >= 5 ? plannedProd.plusDays(random.nextInt(30) - 15) : null;
            // nothing is reached in the future of the tests' clock (31 Dec 2031)
            registered = past(registered);
            started = registered == null ? null : past(started);
            production = started == null ? null : past(production);
            Long actual = production != null ? planned - random.nextInt(1000) : null;
            Double evalLand = null;
            Long evalOutput = null;
            Long evalTax = null;
            LocalDate evaluated = null;
            if (production != null && random.nextBoolean()) {
                evalLand = 20.0 + random.nextInt(200);
                evalOutput = 1000L + random.nextInt(100000);
                evalTax = 50L + random.nextInt(5000);
                evaluated = YEAR == production.getYear() && production.isBefore(LocalDate.of(YEAR, 12, 1))
                        ? production.plusDays(10) : null;
                if (evaluated == null) {
                    evalLand = null;
                    evalOutput = null;
                    evalTax = null;
                }
            }
            String transferFrom = random.nextInt(15) == 0 ? COUNTIES.get((COUNTIES.indexOf(county) + 1) % 7) : null;
            P p = new P(code, "测试项目" + i, county, chain, planned, actual, status, origin, manufacturing, signed,
                    plannedReg, plannedStart, plannedProd, registered, started, production, evalLand, evalOutput,
                    evalTax, evaluated, transferFrom);
            insert(jdbc, p);
            out.add(p);
        }
        projects = List.copyOf(out);
        return projects;
    }

    private static void insert(JdbcTemplate jdbc, P p) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(YEAR, 1, 1, 9, 0));
        jdbc.update("""
                INSERT INTO greenchannel.project (project_code, name, investor_name, investor_origin, chain_code,
                  manufacturing, planned_investment, land_area, expected_output, expected_tax, expected_jobs,
                  referral_channel, owner_county, first_contact_county, tier, status, status_reason,
                  commissioner_id, actual_investment, created_at, updated_at)
                VALUES (?, ?, '测试投资方', ?, ?, ?, ?, 100, 1000, 100, 50, 'VISIT', ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                p.code(), p.name(), p.origin(), p.chain(), p.manufacturing(), p.planned(), p.county(),
                p.transferFrom() != null ? p.transferFrom() : p.county(), p.tier(), p.status(),
                p.status().equals("LOST") ? "测试：流失" : null, p.county() + "02", p.actual(), now, now);
        jdbc.update("""
                INSERT INTO greenchannel.agreement (project_code, signed_on, investment_amount, land_area,
                  planned_registration_date, planned_start_date, planned_production_date, output_per_mu, tax_per_mu,
                  recorded_at) VALUES (?, ?, ?, 100, ?, ?, ?, 50, 5, ?)""",
                p.code(), Date.valueOf(p.signed()), p.planned(), Date.valueOf(p.plannedReg()),
                Date.valueOf(p.plannedStart()), Date.valueOf(p.plannedProd()), now);
        milestone(jdbc, p.code(), "SIGNED", p.signed());
        milestone(jdbc, p.code(), "REGISTERED", p.registered());
        milestone(jdbc, p.code(), "CONSTRUCTION_STARTED", p.started());
        milestone(jdbc, p.code(), "IN_PRODUCTION", p.production());
        if (p.evaluated() != null) {
            jdbc.update("""
                    INSERT INTO greenchannel.output_evaluation (project_code, evaluated_at, actual_annual_output,
                      actual_annual_tax, actual_investment, land_area, output_per_mu, tax_per_mu, tolerance_ratio,
                      shortfall, summary) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0.9, FALSE, '测试')""",
                    p.code(), Timestamp.valueOf(p.evaluated().atTime(10, 0)), p.evalOutput(), p.evalTax(), p.planned(),
                    p.evalLand());
        }
        if (p.transferFrom() != null) {
            jdbc.update("""
                    INSERT INTO greenchannel.project_transfer (transfer_instance_id, project_code, from_county, to_county,
                      reason_category, reason, requested_at, outcome, decided_at, credit_share_ratio, credit_share_years)
                    VALUES (?, ?, ?, ?, 'LAND', '测试', ?, 'ACCEPTED', ?, 0.5, 5)""",
                    "seed-" + p.code(), p.code(), p.transferFrom(), p.county(),
                    Timestamp.valueOf(p.signed().atTime(9, 0)), Timestamp.valueOf(p.signed().atTime(15, 0)));
        }
    }

    private static void milestone(JdbcTemplate jdbc, String code, String type, LocalDate on) {
        if (on != null) {
            jdbc.update("INSERT INTO greenchannel.milestone (project_code, milestone_type, reached_on, recorded_at) "
                    + "VALUES (?, ?, ?, ?)", code, type, Date.valueOf(on), Timestamp.valueOf(on.atTime(18, 0)));
        }
    }

    private static LocalDate past(LocalDate d) {
        return d == null || d.isAfter(LocalDate.of(YEAR, 12, 15)) ? null : d;
    }

    static String countyName(String county) {
        return COUNTY_NAMES.get(COUNTIES.indexOf(county));
    }
}
