package cn.jiangmen.greenchannel.supervision;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.IdempotentInsert;
import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.organisation.OrganisationGroups;
import cn.jiangmen.greenchannel.project.ProjectStatus;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 督办 (domain.md §7, §10.9): one {@code supervision-case} instance per missed due date, business
 * key = project code. A miss is an agreement date (注册/开工/投产) passed without its milestone, or an
 * open task of the project's own processes past its due date. The case id
 * ({@code <project>/<item>}) is claimed with an idempotent insert before the instance starts, so a
 * second scan - the same day, after a restart, on another node - starts nothing.
 */
@Service
public class SupervisionService {

    public static final String KEY = "supervision-case";
    public static final String LADDER = "supervision-ladder";
    /** Starts one case (message start event; the process's other start is the daily scan timer). */
    public static final String CASE_OPENED_MESSAGE = "SupervisionCaseOpened";
    public static final String TASK_ITEM_PREFIX = "TASK-";
    /** Tasks whose due date is an agreement date: supervised as that agreement item, not twice. */
    static final Set<String> AGREEMENT_TASKS = Set.of("UserTask_RegisterCompany", "UserTask_RecordConstructionStart",
            "UserTask_RecordProduction");

    public record Miss(String projectCode, String item, String label, LocalDate dueOn) {
        public String caseId() {
            return projectCode + "/" + item;
        }
    }

    /** What one miss asks for: the ladder's step, the answer limit and who answers. */
    public record Step(int missCount, String step, int answerDays, String leadGroups, String leadUsers, String label,
            String summary) {
    }

    private final JdbcTemplate jdbc;
    private final String insertCase;
    private final String insertNotice;
    private final SystemQueries system;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final DecisionService decisionService;
    private final IdentityService identityService;

    public SupervisionService(JdbcTemplate jdbc, IdempotentInsert idempotent, SystemQueries system,
            RuntimeService runtimeService, TaskService taskService, DecisionService decisionService,
            IdentityService identityService) {
        this.jdbc = jdbc;
        this.insertCase = idempotent.sql("greenchannel.supervision_case", List.of("case_id", "project_code", "due_item",
                "item_label", "original_due_on", "current_due_on", "miss_count", "status", "opened_at"),
                List.of("case_id"));
        this.insertNotice = idempotent.sql("greenchannel.supervision_notice", List.of("case_id", "seq", "step",
                "lead_groups", "lead_users", "missed_due_on", "issued_at"), List.of("case_id", "seq"));
        this.system = system;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.decisionService = decisionService;
        this.identityService = identityService;
    }

    // ---- the daily scan ------------------------------------------------------------------------

    /** Every miss as of now (engine clock, Asia/Shanghai). */
    public List<Miss> misses() {
        LocalDate today = Zones.today();
        List<Miss> out = new ArrayList<>();
        jdbc.query("""
                SELECT p.project_code, p.status, a.planned_registration_date, a.planned_start_date, a.planned_production_date,
                  mr.reached_on AS r, mc.reached_on AS c, mp.reached_on AS pr
                FROM greenchannel.project p
                JOIN greenchannel.agreement a ON a.project_code = p.project_code
                LEFT JOIN greenchannel.milestone mr ON mr.project_code = p.project_code AND mr.milestone_type = 'REGISTERED'
                LEFT JOIN greenchannel.milestone mc ON mc.project_code = p.project_code AND mc.milestone_type = 'CONSTRUCTION_STARTED'
                LEFT JOIN greenchannel.milestone mp ON mp.project_code = p.project_code AND mp.milestone_type = 'IN_PRODUCTION'
                ORDER BY p.project_code""", rs -> {
            LocalDate[] planned = {LedgerService.date(rs, "planned_registration_date"),
                    LedgerService.date(rs, "planned_start_date"), LedgerService.date(rs, "planned_production_date")};
            LocalDate[] reached = {LedgerService.date(rs, "r"), LedgerService.date(rs, "c"), LedgerService.date(rs, "pr")};
            for (AgreementItem item : AgreementItem.missedItems(rs.getString("status"), planned, reached, today)) {
                out.add(new Miss(rs.getString("project_code"), item.name(), item.label(), planned[item.ordinal()]));
            }
        });
        for (SystemQueries.OverdueTask t : system.overdueTasks(ClockUtil.getCurrentTime())) {
            if (AGREEMENT_TASKS.contains(t.taskDefinitionKey()) || !isActiveProject(t.projectCode())) {
                continue;
            }
            out.add(new Miss(t.projectCode(), TASK_ITEM_PREFIX + t.taskId(), t.name(),
                    LocalDate.ofInstant(t.due().toInstant(), Zones.CHINA)));
        }
        return out;
    }

    /** Opens a case for every miss without one; returns the case ids opened now. */
    public List<String> scan() {
        List<String> opened = new ArrayList<>();
        for (Miss miss : misses()) {
            int inserted = jdbc.update(insertCase, miss.caseId(), miss.projectCode(), miss.item(), miss.label(),
                    Date.valueOf(miss.dueOn()), Date.valueOf(miss.dueOn()), 0, "OPEN", Timestamp.valueOf(Zones.now()));
            if (inserted == 1) {
                String pi = system.asSystem(() -> runtimeService.startProcessInstanceByMessage(CASE_OPENED_MESSAGE, miss.projectCode(),
                        Map.of(SupervisionProcess.Var.CASE_ID, miss.caseId(),
                                SupervisionProcess.Var.PROJECT_CODE, miss.projectCode())).getId());
                jdbc.update("UPDATE greenchannel.supervision_case SET process_instance_id = ? WHERE case_id = ?", pi,
                        miss.caseId());
                opened.add(miss.caseId());
            }
        }
        return opened;
    }

    private boolean isActiveProject(String code) {
        List<String> status = jdbc.queryForList("SELECT status FROM greenchannel.project WHERE project_code = ?",
                String.class, code);
        return !status.isEmpty() && !ProjectStatus.valueOf(status.get(0)).isFinal();
    }

    // ---- one case ------------------------------------------------------------------------------

    /** Counts the miss, asks the ladder for the step and records the notice; the task's facts. */
    public Step recordMiss(String caseId) {
        jdbc.update("UPDATE greenchannel.supervision_case SET miss_count = miss_count + 1 WHERE case_id = ?", caseId);
        Map<String, Object> c = jdbc.queryForMap("""
                SELECT s.project_code, s.due_item, s.item_label, s.current_due_on, s.original_due_on, s.miss_count,
                  p.owner_county, p.commissioner_id, p.name
                FROM greenchannel.supervision_case s JOIN greenchannel.project p ON p.project_code = s.project_code
                WHERE s.case_id = ?""", caseId);
        int missCount = ((Number) c.get("miss_count")).intValue();
        Map<String, Object> ladder = system.<Map<String, Object>>asSystem(() -> decisionService
                .evaluateDecisionTableByKey(LADDER, Map.<String, Object>of("missCount", missCount)).getSingleResult());
        if (ladder == null) {
            throw new IllegalStateException("decision " + LADDER + " has no row for miss " + missCount);
        }
        String step = (String) ladder.get("step");
        int answerDays = ((Number) ladder.get("answerDays")).intValue();
        String item = (String) c.get("due_item");
        String county = (String) c.get("owner_county");
        String commissioner = (String) c.get("commissioner_id");
        Set<String> groups = new LinkedHashSet<>();
        Set<String> users = new LinkedHashSet<>();
        leadUnits(item, county, commissioner, groups, users);
        LocalDate missed = ((java.sql.Date) c.get("current_due_on")).toLocalDate();
        jdbc.update(insertNotice, caseId, missCount, step, String.join(",", groups), String.join(",", users),
                Date.valueOf(missed), Timestamp.valueOf(Zones.now()));
        String label = (String) c.get("item_label");
        String summary = "项目 " + c.get("project_code") + "（" + c.get("name") + "）的" + label + "事项，原定完成日期 "
                + c.get("original_due_on") + "，当前期限 " + missed + " 已过而未完成；这是第 " + missCount + " 次逾期。"
                + previousAnswers(caseId);
        return new Step(missCount, step, answerDays, String.join(",", groups), String.join(",", users), label, summary);
    }

    /** Lead units of domain.md §10.9 for one item. */
    void leadUnits(String item, String county, String commissioner, Set<String> groups, Set<String> users) {
        String countyGroup = OrganisationGroups.countyGroup(county);
        if (item.equals(AgreementItem.REGISTRATION.name())) {
            groups.add(OrganisationGroups.DEPT_MARKET_REGULATION);
            groups.add(countyGroup);
        } else if (item.startsWith(TASK_ITEM_PREFIX)) {
            String taskId = item.substring(TASK_ITEM_PREFIX.length());
            system.asSystem(() -> {
                if (taskService.createTaskQuery().taskId(taskId).count() > 0) {
                    for (IdentityLink link : taskService.getIdentityLinksForTask(taskId)) {
                        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                            groups.add(link.getGroupId());
                        } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                            users.add(link.getUserId());
                        }
                    }
                }
                return null;
            });
            if (groups.isEmpty()) {
                groups.add(countyGroup);
            }
        } else {
            groups.add(countyGroup);
            if (commissioner != null) {
                users.add(commissioner);
            }
        }
    }

    private String previousAnswers(String caseId) {
        StringBuilder s = new StringBuilder();
        jdbc.query("SELECT seq, cause, remedy, new_due_on FROM greenchannel.supervision_notice WHERE case_id = ? "
                + "AND answered_at IS NOT NULL ORDER BY seq", rs -> {
                    s.append("\n第 ").append(rs.getInt(1)).append(" 次回执：原因 ").append(rs.getString(2))
                            .append("；措施 ").append(rs.getString(3)).append("；承诺 ").append(rs.getDate(4)).append(" 前完成。");
                }, caseId);
        return s.toString();
    }

    /** The 回执 of the current miss: cause, remedy and a new date (today or later). */
    public void recordAnswer(String caseId, String userId, String cause, String remedy, LocalDate newDueOn) {
        if (newDueOn.isBefore(Zones.today())) {
            throw new BusinessRuleViolation("GC-SUP-001", "新的完成日期不能早于今天：" + newDueOn);
        }
        int seq = jdbc.queryForObject("SELECT miss_count FROM greenchannel.supervision_case WHERE case_id = ?",
                Integer.class, caseId);
        jdbc.update("UPDATE greenchannel.supervision_notice SET answered_at = ?, answered_by = ?, cause = ?, remedy = ?, "
                + "new_due_on = ? WHERE case_id = ? AND seq = ?", Timestamp.valueOf(Zones.now()), userId, cause, remedy,
                Date.valueOf(newDueOn), caseId, seq);
        jdbc.update("UPDATE greenchannel.supervision_case SET current_due_on = ? WHERE case_id = ?", Date.valueOf(newDueOn),
                caseId);
    }

    /** Whether the answering user belongs to the units the step names (no user: the system). */
    public void requireAnswerer(String userId, String step, String leadGroups, String leadUsers) {
        if (userId == null) {
            return;
        }
        List<String> groups = switch (step) {
            case "INTERVIEW" -> List.of(OrganisationGroups.CITY_CENTRE);
            case "LEADER" -> List.of(OrganisationGroups.CITY_LEADERS);
            default -> List.of(leadGroups.split(","));
        };
        if (step.equals("NOTICE") && leadUsers != null && List.of(leadUsers.split(",")).contains(userId)) {
            return;
        }
        boolean member = system.asSystem(() -> groups.stream().anyMatch(g ->
                identityService.createUserQuery().userId(userId).memberOfGroup(g).count() > 0));
        if (!member) {
            throw new BusinessRuleViolation("GC-SUP-403", "只有督办对象单位可以答复本次督办");
        }
    }

    /** Whether the supervised item is done: the milestone reached, the task completed, or the project finished. */
    public boolean itemReached(String caseId) {
        Map<String, Object> c = jdbc.queryForMap("SELECT s.project_code, s.due_item, p.status FROM greenchannel.supervision_case s "
                + "JOIN greenchannel.project p ON p.project_code = s.project_code WHERE s.case_id = ?", caseId);
        if (ProjectStatus.valueOf((String) c.get("status")).isFinal()) {
            return true;
        }
        String item = (String) c.get("due_item");
        if (item.startsWith(TASK_ITEM_PREFIX)) {
            return !system.taskOpen(item.substring(TASK_ITEM_PREFIX.length()));
        }
        String milestone = AgreementItem.valueOf(item).milestone().name();
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.milestone WHERE project_code = ? AND milestone_type = ?",
                Integer.class, c.get("project_code"), milestone);
        return n != null && n > 0;
    }

    public void close(String caseId) {
        jdbc.update("UPDATE greenchannel.supervision_case SET status = 'CLOSED', closed_at = ? WHERE case_id = ? AND status = 'OPEN'",
                Timestamp.valueOf(Zones.now()), caseId);
    }

    /** The cases and notices of a project, oldest first (the project record). */
    public List<Map<String, Object>> notices(String projectCode) {
        return jdbc.queryForList("""
                SELECT s.case_id, s.due_item, s.item_label, s.original_due_on, s.status, n.seq, n.step, n.lead_groups,
                  n.missed_due_on, n.issued_at, n.answered_by, n.cause, n.remedy, n.new_due_on
                FROM greenchannel.supervision_case s
                JOIN greenchannel.supervision_notice n ON n.case_id = s.case_id
                WHERE s.project_code = ? ORDER BY s.opened_at, s.case_id, n.seq""", projectCode);
    }
}
