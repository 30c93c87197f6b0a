package cn.jiangmen.greenchannel.project;

import cn.jiangmen.greenchannel.audit.AuditLog;
import cn.jiangmen.greenchannel.common.Zones;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;

/**
 * The second half of the closed loop (domain.md §10.6): each step dates its milestone on the
 * project record, moves the status and leaves an audit entry, idempotently.
 */
@Service
public class ImplementationService {

    private final ProjectRepository projects;
    private final ImplementationRepository records;
    private final ProjectService projectService;
    private final AuditLog audit;

    public ImplementationService(ProjectRepository projects, ImplementationRepository records,
            ProjectService projectService, AuditLog audit) {
        this.projects = projects;
        this.records = records;
        this.projectService = projectService;
        this.audit = audit;
    }

    public void registerCompany(String code, LocalDate registeredOn, String companyName, String creditCode,
            String nationalProjectCode, String by) {
        LocalDateTime now = Zones.now();
        records.updateCompany(code, companyName, creditCode, nationalProjectCode, now);
        projects.insertMilestone(code, MilestoneType.REGISTERED, registeredOn, by, now);
        projectService.changeStatus(code, ProjectStatus.REGISTERED, null, by);
        audit.record(by, "COMPANY_REGISTERED", code, null, companyName + " " + creditCode + " / " + nationalProjectCode,
                code + ":company", now);
    }

    public void stageApproved(String code, int stage, LocalDate approvedOn, String by) {
        projects.insertMilestone(code, MilestoneType.stageApproved(stage), approvedOn, by, Zones.now());
    }

    public void supplyLand(String code, LocalDate suppliedOn, double area, String method, String contractNo,
            Integer priorityScore, String by) {
        LocalDateTime now = Zones.now();
        records.insertLandSupply(code, suppliedOn, area, method, contractNo, priorityScore, by, now);
        projects.insertMilestone(code, MilestoneType.LAND_SUPPLIED, suppliedOn, by, now);
        projectService.changeStatus(code, ProjectStatus.LAND_SUPPLIED, null, by);
    }

    public void startConstruction(String code, LocalDate startedOn, String by) {
        LocalDateTime now = Zones.now();
        projects.insertMilestone(code, MilestoneType.CONSTRUCTION_STARTED, startedOn, by, now);
        projectService.changeStatus(code, ProjectStatus.UNDER_CONSTRUCTION, null, by);
    }

    public void reportProgress(String code, String period, int percent, long investmentToDate, String note,
            LocalDate completedOn, String by) {
        LocalDateTime now = Zones.now();
        records.insertProgress(code, period, percent, investmentToDate, note, by, now);
        if (completedOn != null) {
            projects.insertMilestone(code, MilestoneType.COMPLETED, completedOn, by, now);
            projectService.changeStatus(code, ProjectStatus.COMPLETED, null, by);
        }
    }

    public void startProduction(String code, LocalDate productionOn, long actualInvestment, String by) {
        LocalDateTime now = Zones.now();
        records.updateActualInvestment(code, actualInvestment, now);
        projects.insertMilestone(code, MilestoneType.IN_PRODUCTION, productionOn, by, now);
        projectService.changeStatus(code, ProjectStatus.IN_PRODUCTION, null, by);
    }

    public void startEvaluation(String code) {
        projectService.changeStatus(code, ProjectStatus.EVALUATING, null, null);
    }

    /**
     * 达产复核 against the commitments as recorded at signing (never as a form resubmits them), per
     * 亩 of the land supplied, else of the agreement's land.
     */
    public OutputEvaluation evaluate(String code, long actualOutput, long actualTax, long actualInvestment,
            double tolerance, String by) {
        ImplementationRepository.Commitments c = records.commitments(code);
        double landArea = records.suppliedLandArea(code).orElse(c.landArea());
        OutputEvaluation evaluation = OutputEvaluation.assess(c.outputPerMu(), c.taxPerMu(), c.investment(), landArea,
                actualOutput, actualTax, actualInvestment, tolerance);
        recordEvaluation(code, actualOutput, actualTax, evaluation, tolerance, by);
        return evaluation;
    }

    private void recordEvaluation(String code, long actualOutput, long actualTax, OutputEvaluation evaluation,
            double tolerance, String by) {
        LocalDateTime now = Zones.now();
        records.insertEvaluation(code, actualOutput, actualTax, evaluation, tolerance, by, now);
        records.updateActualInvestment(code, evaluation.actualInvestment(), now);
        projects.insertMilestone(code, MilestoneType.EVALUATED, now.toLocalDate(), by, now);
        if (evaluation.shortfall()) {
            projectService.changeStatus(code, ProjectStatus.BREACH_RECOVERY, evaluation.summary(), by);
        }
    }

    public void decideBreach(String code, BreachDecision decision, String by) {
        LocalDateTime now = Zones.now();
        records.insertBreachDecision(code, decision, by, now);
        projects.insertMilestone(code, MilestoneType.BREACH_DECIDED, now.toLocalDate(), by, now);
        audit.record(by, "BREACH_DECIDED", code, null, decision.summary(), code + ":breach", now);
        projectService.changeStatus(code, ProjectStatus.CLOSED, "违约处理决定：" + decision.summary(), by);
    }
}
