package cn.jiangmen.greenchannel.project;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import cn.jiangmen.greenchannel.common.IdempotentInsert;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The project record in schema greenchannel. Runs in the engine's transaction; every insert is
 * idempotent ({@link IdempotentInsert}) so a retried step writes nothing twice and never aborts
 * the engine's transaction on PostgreSQL.
 */
@Repository
public class ProjectRepository {

    private static final List<String> PROJECT_COLUMNS = List.of("project_code", "name", "investor_name",
            "investor_origin", "chain_code", "manufacturing", "planned_investment", "land_area", "expected_output",
            "expected_tax", "expected_jobs", "referral_channel", "referrer_name", "owner_county",
            "first_contact_county", "status", "registered_by", "process_instance_id", "created_at", "updated_at");
    private static final List<String> AGREEMENT_COLUMNS = List.of("project_code", "signed_on", "investment_amount",
            "land_area", "planned_registration_date", "planned_start_date", "planned_production_date", "output_per_mu",
            "tax_per_mu", "investor_credit_code", "recorded_at");

    private final JdbcTemplate jdbc;
    private final String insertSequence;
    private final String insertProject;
    private final String insertMilestone;
    private final String insertAgreement;
    private final String insertOpinion;

    public ProjectRepository(JdbcTemplate jdbc, IdempotentInsert idempotent) {
        this.jdbc = jdbc;
        this.insertSequence = idempotent.sql("greenchannel.project_code_sequence",
                List.of("code_year", "last_value"), List.of("code_year"));
        this.insertProject = idempotent.sql("greenchannel.project", PROJECT_COLUMNS, List.of("project_code"));
        this.insertMilestone = idempotent.sql("greenchannel.milestone",
                List.of("project_code", "milestone_type", "reached_on", "recorded_at", "recorded_by"),
                List.of("project_code", "milestone_type"));
        this.insertAgreement = idempotent.sql("greenchannel.agreement", AGREEMENT_COLUMNS, List.of("project_code"));
        this.insertOpinion = idempotent.sql("greenchannel.review_opinion",
                List.of("project_code", "reviewer_unit", "opinion", "comment", "reviewed_by", "reviewed_at"),
                List.of("project_code", "reviewer_unit"));
    }

    /** Next number of the year, under the sequence row's lock: unique across nodes. */
    public int nextSequenceValue(int year) {
        jdbc.update(insertSequence, year, 0);
        jdbc.update("UPDATE greenchannel.project_code_sequence SET last_value = last_value + 1 WHERE code_year = ?", year);
        return jdbc.queryForObject("SELECT last_value FROM greenchannel.project_code_sequence WHERE code_year = ?",
                Integer.class, year);
    }

    public boolean insert(String code, LeadRegistration lead, String registeredBy, String processInstanceId,
            LocalDateTime now) {
        return jdbc.update(insertProject,
                code, lead.projectName(), lead.investorName(), lead.investorOrigin(), lead.chainCode(),
                lead.manufacturing(), lead.plannedInvestment(), lead.landArea(), lead.expectedOutput(),
                lead.expectedTax(), lead.expectedJobs(), lead.referralChannel(), lead.referrerName(),
                lead.targetCounty(), lead.targetCounty(), ProjectStatus.LEAD.name(), registeredBy,
                processInstanceId, Timestamp.valueOf(now), Timestamp.valueOf(now)) == 1;
    }

    public Optional<Project> find(String code) {
        List<Project> rows = jdbc.query("""
                SELECT project_code, name, investor_name, investor_origin, chain_code, planned_investment,
                  owner_county, tier, status, status_reason, lead_owner, commissioner_id
                FROM greenchannel.project WHERE project_code = ?""",
                (rs, i) -> new Project(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8),
                        ProjectStatus.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11),
                        rs.getString(12)),
                code);
        return rows.stream().findFirst();
    }

    public void updateTier(String code, Tier tier, LocalDateTime now) {
        jdbc.update("UPDATE greenchannel.project SET tier = ?, updated_at = ? WHERE project_code = ?",
                tier.name(), Timestamp.valueOf(now), code);
    }

    public void updateStatus(String code, ProjectStatus status, String reason, LocalDateTime now) {
        jdbc.update("UPDATE greenchannel.project SET status = ?, status_reason = ?, updated_at = ? WHERE project_code = ?",
                status.name(), reason, Timestamp.valueOf(now), code);
    }

    public void updateOwner(String code, String ownerCounty, String commissionerId, LocalDateTime now) {
        jdbc.update("UPDATE greenchannel.project SET owner_county = ?, commissioner_id = ?, updated_at = ? "
                + "WHERE project_code = ?", ownerCounty, commissionerId, Timestamp.valueOf(now), code);
    }

    public void updateLeadOwner(String code, String leadOwner, LocalDateTime now) {
        jdbc.update("UPDATE greenchannel.project SET lead_owner = ?, updated_at = ? WHERE project_code = ?",
                leadOwner, Timestamp.valueOf(now), code);
    }

    public void updateCommissioner(String code, String commissionerId, LocalDateTime now) {
        jdbc.update("UPDATE greenchannel.project SET commissioner_id = ?, updated_at = ? WHERE project_code = ?",
                commissionerId, Timestamp.valueOf(now), code);
    }

    public void insertMilestone(String code, MilestoneType type, LocalDate reachedOn, String by, LocalDateTime now) {
        jdbc.update(insertMilestone,
                code, type.name(), Date.valueOf(reachedOn), Timestamp.valueOf(now), by);
    }

    public List<String> milestones(String code) {
        return jdbc.queryForList("SELECT milestone_type FROM greenchannel.milestone WHERE project_code = ? "
                + "ORDER BY reached_on, recorded_at", String.class, code);
    }

    public void insertAgreement(String code, AgreementCommitments a, LocalDateTime now) {
        jdbc.update(insertAgreement,
                code, Date.valueOf(a.signedOn()), a.investmentAmount(), a.landArea(),
                Date.valueOf(a.plannedRegistrationDate()), Date.valueOf(a.plannedStartDate()),
                Date.valueOf(a.plannedProductionDate()), a.outputPerMu(), a.taxPerMu(), a.investorCreditCode(),
                Timestamp.valueOf(now));
    }

    public void insertReviewOpinion(String code, String unit, String opinion, String comment, String by,
            LocalDateTime now) {
        jdbc.update(insertOpinion,
                code, unit, opinion, comment, by, Timestamp.valueOf(now));
    }

    public record ReviewOpinion(String unit, String opinion, String comment, String reviewedBy) {
    }

    public List<ReviewOpinion> reviewOpinions(String code) {
        return jdbc.query("SELECT reviewer_unit, opinion, comment, reviewed_by FROM greenchannel.review_opinion "
                + "WHERE project_code = ? ORDER BY reviewed_at, reviewer_unit",
                (rs, i) -> new ReviewOpinion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                code);
    }
}
