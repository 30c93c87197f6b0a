package cn.jiangmen.greenchannel.project;

import cn.jiangmen.greenchannel.common.IdempotentInsert;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Records of the second half: company, land, progress, evaluation, breach decision. Idempotent. */
@Repository
public class ImplementationRepository {

    private final JdbcTemplate jdbc;
    private final String insertLand;
    private final String insertProgress;
    private final String insertEvaluation;
    private final String insertBreach;

    public ImplementationRepository(JdbcTemplate jdbc, IdempotentInsert idempotent) {
        this.jdbc = jdbc;
        this.insertLand = idempotent.sql("greenchannel.land_supply", List.of("project_code", "supplied_on",
                "land_area", "supply_method", "contract_no", "priority_score", "recorded_at", "recorded_by"),
                List.of("project_code"));
        this.insertProgress = idempotent.sql("greenchannel.progress_report", List.of("project_code",
                "report_period", "progress_percent", "investment_to_date", "note", "reported_at", "reported_by"),
                List.of("project_code", "report_period"));
        this.insertEvaluation = idempotent.sql("greenchannel.output_evaluation", List.of("project_code",
                "evaluated_at", "actual_annual_output", "actual_annual_tax", "actual_investment", "land_area",
                "output_per_mu", "tax_per_mu", "tolerance_ratio", "shortfall", "summary", "evaluated_by"),
                List.of("project_code"));
        this.insertBreach = idempotent.sql("greenchannel.breach_decision", List.of("project_code", "decided_at",
                "rectification_months", "liquidated_damages", "incentive_refund", "land_recovery", "reason",
                "decided_by"), List.of("project_code"));
    }

    public void updateCompany(String code, String companyName, String creditCode, String nationalProjectCode,
            LocalDateTime now) {
        jdbc.update("UPDATE greenchannel.project SET company_name = ?, company_credit_code = ?, "
                + "national_project_code = ?, updated_at = ? WHERE project_code = ?",
                companyName, creditCode, nationalProjectCode, Timestamp.valueOf(now), code);
    }

    public void updateActualInvestment(String code, long actualInvestment, LocalDateTime now) {
        jdbc.update("UPDATE greenchannel.project SET actual_investment = ?, updated_at = ? WHERE project_code = ?",
                actualInvestment, Timestamp.valueOf(now), code);
    }

    public void insertLandSupply(String code, LocalDate suppliedOn, double area, String method, String contractNo,
            Integer priorityScore, String by, LocalDateTime now) {
        jdbc.update(insertLand, code, Date.valueOf(suppliedOn), area, method, contractNo, priorityScore,
                Timestamp.valueOf(now), by);
    }

    public Optional<Double> suppliedLandArea(String code) {
        return jdbc.queryForList("SELECT land_area FROM greenchannel.land_supply WHERE project_code = ?",
                Double.class, code).stream().findFirst();
    }

    /** The agreement's commitments the evaluation judges by: output/亩, tax/亩, investment, land. */
    public record Commitments(double outputPerMu, double taxPerMu, long investment, double landArea) {
    }

    public Commitments commitments(String code) {
        return jdbc.queryForObject("SELECT output_per_mu, tax_per_mu, investment_amount, land_area "
                + "FROM greenchannel.agreement WHERE project_code = ?",
                (rs, i) -> new Commitments(rs.getDouble(1), rs.getDouble(2), rs.getLong(3), rs.getDouble(4)), code);
    }

    public void insertProgress(String code, String period, int percent, long investmentToDate, String note,
            String by, LocalDateTime now) {
        jdbc.update(insertProgress, code, period, percent, investmentToDate, note, Timestamp.valueOf(now), by);
    }

    public List<Map<String, Object>> progressReports(String code) {
        return jdbc.queryForList("SELECT report_period, progress_percent, investment_to_date FROM "
                + "greenchannel.progress_report WHERE project_code = ? ORDER BY report_period", code);
    }

    public void insertEvaluation(String code, long output, long tax, OutputEvaluation e, double tolerance, String by,
            LocalDateTime now) {
        jdbc.update(insertEvaluation, code, Timestamp.valueOf(now), output, tax, e.actualInvestment(), e.landArea(),
                e.outputPerMu(), e.taxPerMu(), tolerance, e.shortfall(), e.summary(), by);
    }

    public void insertBreachDecision(String code, BreachDecision d, String by, LocalDateTime now) {
        jdbc.update(insertBreach, code, Timestamp.valueOf(now), d.rectificationMonths(), d.liquidatedDamages(),
                d.incentiveRefund(), d.landRecovery(), d.reason(), by);
    }
}
