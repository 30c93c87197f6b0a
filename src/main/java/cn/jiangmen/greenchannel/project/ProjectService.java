package cn.jiangmen.greenchannel.project;

import cn.jiangmen.greenchannel.audit.AuditLog;
import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Zones;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Changes to the project record, each with its audit entry. Callers (delegates) run inside the
 * engine's transaction; every write here is idempotent so a retried step changes nothing twice.
 */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final AuditLog audit;

    public ProjectService(ProjectRepository projects, AuditLog audit) {
        this.projects = projects;
        this.audit = audit;
    }

    /** domain.md §10.2: JM + year + '-' + 5 digits, restarting each year. */
    public static String formatCode(int year, int sequence) {
        return String.format("JM%d-%05d", year, sequence);
    }

    public String assignCode() {
        int year = Zones.today().getYear();
        return formatCode(year, projects.nextSequenceValue(year));
    }

    public void register(String code, LeadRegistration lead, String registeredBy, String processInstanceId) {
        LocalDateTime now = Zones.now();
        if (projects.insert(code, lead, registeredBy, processInstanceId, now)) {
            projects.insertMilestone(code, MilestoneType.LEAD_REGISTERED, now.toLocalDate(), registeredBy, now);
            audit.record(registeredBy, "PROJECT_REGISTERED", code, null,
                    lead.projectName() + " / " + lead.targetCounty() + " / " + lead.plannedInvestment() + "万元",
                    code + ":registered", now);
        }
    }

    public Project get(String code) {
        return projects.find(code).orElseThrow(
                () -> new BusinessRuleViolation("GC-PRJ-404", "项目不存在：" + code));
    }

    public void classify(String code, Tier tier) {
        Project before = get(code);
        projects.updateTier(code, tier, Zones.now());
        audit.record(null, "TIER_CLASSIFIED", code, before.tier(), tier.name(), code + ":tier:" + tier, Zones.now());
    }

    public void acknowledge(String code, String leadOwner, String by) {
        LocalDateTime now = Zones.now();
        projects.updateLeadOwner(code, leadOwner, now);
        projects.insertMilestone(code, MilestoneType.LEAD_ACKNOWLEDGED, now.toLocalDate(), by, now);
        audit.record(by, "LEAD_ACKNOWLEDGED", code, null, "线索负责人 " + leadOwner, code + ":ack", now);
    }

    public void recordJudgement(String code, boolean pursue, String reason, String by) {
        LocalDateTime now = Zones.now();
        projects.insertMilestone(code, MilestoneType.LEAD_JUDGED, now.toLocalDate(), by, now);
        audit.record(by, "LEAD_JUDGED", code, null, pursue ? "继续跟进" : "放弃跟进：" + reason, code + ":judged", now);
    }

    public void appointCommissioner(String code, String commissionerId, String by) {
        LocalDateTime now = Zones.now();
        Project before = get(code);
        projects.updateCommissioner(code, commissionerId, now);
        projects.updateStatus(code, ProjectStatus.NEGOTIATING, null, now);
        projects.insertMilestone(code, MilestoneType.COMMISSIONER_APPOINTED, now.toLocalDate(), by, now);
        audit.record(by, "COMMISSIONER_APPOINTED", code, before.commissionerId(), commissionerId,
                code + ":commissioner:" + commissionerId, now);
    }

    /** Moves a non-final project to another state; final states need a reason (§10.17). */
    public void changeStatus(String code, ProjectStatus status, String reason, String by) {
        Project before = get(code);
        if (before.status() == status) {
            return;
        }
        if (before.status().isFinal()) {
            throw new BusinessRuleViolation("GC-PRJ-409",
                    "项目已处于终结状态（" + before.status().label() + "），不能再变更");
        }
        if (status.isFinal() && (reason == null || reason.isBlank())) {
            throw new BusinessRuleViolation("GC-PRJ-422", "项目终结必须记录原因");
        }
        LocalDateTime now = Zones.now();
        projects.updateStatus(code, status, reason, now);
        audit.record(by, "STATUS_CHANGED", code, before.status().name(),
                status.name() + (reason == null ? "" : "：" + reason), null, now);
    }

    public void recordNegotiationAgreed(String code, String by) {
        LocalDateTime now = Zones.now();
        projects.insertMilestone(code, MilestoneType.NEGOTIATION_AGREED, now.toLocalDate(), by, now);
    }

    public void recordReviewOpinion(String code, String unit, String opinion, String comment, String by) {
        LocalDateTime now = Zones.now();
        projects.insertReviewOpinion(code, unit, opinion, comment, by, now);
        audit.record(by, "REVIEW_OPINION", code, null, unit + "：" + opinion, code + ":opinion:" + unit, now);
    }

    /** The opinions in Chinese, for the decision form (domain.md §10.5: the decider sees all). */
    public String reviewSummary(String code) {
        List<ProjectRepository.ReviewOpinion> opinions = projects.reviewOpinions(code);
        return opinions.stream()
                .map(o -> ReviewLabels.unit(o.unit()) + "：" + ReviewLabels.opinion(o.opinion())
                        + (o.comment() == null ? "" : "（" + o.comment() + "）"))
                .collect(Collectors.joining("\n"));
    }

    public void recordReviewDecision(String code, String decision, String reason, String by) {
        LocalDateTime now = Zones.now();
        projects.insertMilestone(code, MilestoneType.REVIEW_DECIDED, now.toLocalDate(), by, now);
        audit.record(by, "REVIEW_DECIDED", code, null, decision + (reason == null ? "" : "：" + reason),
                code + ":review-decided", now);
    }

    public void sign(String code, AgreementCommitments agreement, String by) {
        LocalDateTime now = Zones.now();
        projects.insertAgreement(code, agreement, now);
        projects.insertMilestone(code, MilestoneType.SIGNED, agreement.signedOn(), by, now);
        changeStatus(code, ProjectStatus.SIGNED, null, by);
    }
}
