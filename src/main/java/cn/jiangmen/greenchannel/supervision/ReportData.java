package cn.jiangmen.greenchannel.supervision;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The facts of every project that the bulletin, the urging and the assessment count. */
@Repository
public class ReportData {

    /**
     * One project: owner county, key chain or not, manufacturing or not, planned investment (万元),
     * status, the agreement's planned dates and the reached dates (order of {@link AgreementItem}),
     * 签约 date, land area supplied or agreed (亩) and the 达产复核's actual output and tax (万元) if any.
     */
    public record ReportProject(String code, String county, String chain, boolean keyChain, boolean manufacturing,
            long plannedInvestment, String status, LocalDate signedOn, LocalDate[] planned, LocalDate[] reached,
            Double evaluatedLandArea, Long actualOutput, Long actualTax, LocalDate evaluatedOn) {

        public LocalDate registeredOn() {
            return reached[0];
        }

        public LocalDate startedOn() {
            return reached[1];
        }

        public LocalDate productionOn() {
            return reached[2];
        }
    }

    private final JdbcTemplate jdbc;

    public ReportData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReportProject> projects() {
        return jdbc.query("""
                SELECT p.project_code, p.owner_county, p.chain_code, ch.key_chain, p.manufacturing, p.planned_investment,
                  p.status, ms.reached_on AS signed_on, mr.reached_on AS registered_on, mc.reached_on AS started_on,
                  mp.reached_on AS production_on, a.planned_registration_date, a.planned_start_date,
                  a.planned_production_date, e.land_area AS eval_land, e.actual_annual_output, e.actual_annual_tax,
                  e.evaluated_at
                FROM greenchannel.project p
                JOIN greenchannel.industry_chain ch ON ch.code = p.chain_code
                LEFT JOIN greenchannel.agreement a ON a.project_code = p.project_code
                LEFT JOIN greenchannel.output_evaluation e ON e.project_code = p.project_code
                LEFT JOIN greenchannel.milestone ms ON ms.project_code = p.project_code AND ms.milestone_type = 'SIGNED'
                LEFT JOIN greenchannel.milestone mr ON mr.project_code = p.project_code AND mr.milestone_type = 'REGISTERED'
                LEFT JOIN greenchannel.milestone mc ON mc.project_code = p.project_code AND mc.milestone_type = 'CONSTRUCTION_STARTED'
                LEFT JOIN greenchannel.milestone mp ON mp.project_code = p.project_code AND mp.milestone_type = 'IN_PRODUCTION'
                ORDER BY p.project_code""", (rs, i) -> {
            double land = rs.getDouble("eval_land");
            Double landOrNull = rs.wasNull() ? null : land;
            long output = rs.getLong("actual_annual_output");
            Long outputOrNull = rs.wasNull() ? null : output;
            long tax = rs.getLong("actual_annual_tax");
            Long taxOrNull = rs.wasNull() ? null : tax;
            java.sql.Timestamp evaluated = rs.getTimestamp("evaluated_at");
            return new ReportProject(rs.getString("project_code"), rs.getString("owner_county"),
                    rs.getString("chain_code"), rs.getBoolean("key_chain"), rs.getBoolean("manufacturing"),
                    rs.getLong("planned_investment"), rs.getString("status"), LedgerService.date(rs, "signed_on"),
                    new LocalDate[] {LedgerService.date(rs, "planned_registration_date"),
                            LedgerService.date(rs, "planned_start_date"), LedgerService.date(rs, "planned_production_date")},
                    new LocalDate[] {LedgerService.date(rs, "registered_on"), LedgerService.date(rs, "started_on"),
                            LedgerService.date(rs, "production_on")},
                    landOrNull, outputOrNull, taxOrNull,
                    evaluated == null ? null : evaluated.toLocalDateTime().toLocalDate());
        });
    }

    /** Items of the agreement missed as of the end of {@code lastDay} (reached later counts as not reached). */
    public static List<AgreementItem> missedAsOf(ReportProject p, LocalDate lastDay) {
        LocalDate[] reached = new LocalDate[3];
        for (int i = 0; i < 3; i++) {
            reached[i] = p.reached()[i] != null && !p.reached()[i].isAfter(lastDay) ? p.reached()[i] : null;
        }
        return AgreementItem.missedItems(p.status(), p.planned(), reached, lastDay.plusDays(1));
    }
}
