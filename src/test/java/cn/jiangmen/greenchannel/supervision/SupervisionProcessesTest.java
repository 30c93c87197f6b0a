package cn.jiangmen.greenchannel.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiangmen.greenchannel.support.GreenChannelTestClock;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The timer-driven processes with the engine clock moved through a month end, a quarter end and
 * missed milestones: one bulletin and one urging round each (not twice when the step runs again),
 * and a supervision case escalating notice → interview → city leaders.
 */
@IntegrationTest
@SpringBootTest
@AutoConfigureMockMvc
class SupervisionProcessesTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired FormService formService;
    @Autowired JdbcTemplate jdbc;
    @Autowired BulletinService bulletins;
    @Autowired MockMvc mvc;

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        GreenChannelTestClock.reset();
    }

    /** Runs the daily timer start job of a process once at the given Asia/Shanghai time. */
    void runDailyTimer(String processKey, String chinaTime) {
        GreenChannelTestClock.setChinaTime(chinaTime);
        List<Job> timers = managementService.createJobQuery().processDefinitionKey(processKey).timers().list().stream()
                .filter(j -> j.getProcessInstanceId() == null).toList();
        assertThat(timers).as("one timer start job of " + processKey).hasSize(1);
        managementService.executeJob(timers.get(0).getId());
    }

    void completeAs(String user, Task task, Map<String, Object> variables) {
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList());
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).toList();
    }

    // ---- 月通报 ---------------------------------------------------------------------------------

    @Test
    void one_official_bulletin_on_the_first_working_day_after_national_day_and_not_twice() throws Exception {
        long before = count("monthly-bulletin");
        runDailyTimer("monthly-bulletin", "2026-09-30T08:00:00");
        runDailyTimer("monthly-bulletin", "2026-10-01T08:00:00");   // holiday
        runDailyTimer("monthly-bulletin", "2026-10-07T08:00:00");   // holiday
        assertThat(bulletinRows("2026-09")).isZero();
        runDailyTimer("monthly-bulletin", "2026-10-08T08:00:00");   // first working day of October 2026
        assertThat(bulletinRows("2026-09")).isEqualTo(1);
        // the same day again (a restart, another node), and the days after: nothing more
        runDailyTimer("monthly-bulletin", "2026-10-08T08:00:00");
        assertThat(bulletins.produceIfDue("another-node")).isEmpty();
        runDailyTimer("monthly-bulletin", "2026-10-09T08:00:00");
        runDailyTimer("monthly-bulletin", "2026-10-10T08:00:00");   // adjusted working Saturday
        assertThat(bulletinRows("2026-09")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.bulletin WHERE period LIKE '2026-%'",
                Integer.class)).isEqualTo(1);
        assertThat(count("monthly-bulletin") - before).as("one instance per run").isEqualTo(7);

        List<Task> issue = taskService.createTaskQuery().processDefinitionKey("monthly-bulletin")
                .taskDefinitionKey(ReportingProcess.Element.ISSUE_BULLETIN).list();
        assertThat(issue).hasSize(1);
        assertThat(candidateGroups(issue.get(0))).containsExactly("city-investment-centre");
        assertThat(formService.getDeployedTaskForm(issue.get(0).getId())).isNotNull();
        assertThat((String) taskService.getVariable(issue.get(0).getId(), "bulletinSummary")).contains("2026年9月全市");
        completeAs("zhongxin01", issue.get(0), Map.of("issueNote", "同意签发，请各县区对逾期事项抓紧整改。"));
        assertThat(jdbc.queryForObject("SELECT issued_by FROM greenchannel.bulletin WHERE period = '2026-09'",
                String.class)).isEqualTo("zhongxin01");

        String body = mvc.perform(ReportsTest.as("guanli01", MockMvcRequestBuilders.get("/api/bulletins/2026-09")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("\"official\":true").contains("\"issuedBy\":\"zhongxin01\"");
        String list = mvc.perform(ReportsTest.as("zhongxin01", MockMvcRequestBuilders.get("/api/bulletins")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(list).contains("\"period\":\"2026-09\"");
        byte[] xlsx = mvc.perform(ReportsTest.as("zhongxin01",
                MockMvcRequestBuilders.get("/api/bulletins/2026-09/export.xlsx"))).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("县（市、区）");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(8);   // 7 counties + city
            assertThat(workbook.getSheetAt(0).getRow(8).getCell(0).getStringCellValue()).isEqualTo("全市");
            assertThat(workbook.getSheetName(1)).isEqualTo("年度目标");
        }
    }

    int bulletinRows(String period) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.bulletin WHERE period = ?", Integer.class, period);
    }

    long count(String key) {
        return engineHistoryCount(key);
    }

    long engineHistoryCount(String key) {
        return org.camunda.bpm.engine.ProcessEngines.getProcessEngines().values().stream().findFirst().isPresent()
                ? historyService().createHistoricProcessInstanceQuery().processDefinitionKey(key).count() : 0;
    }

    @Autowired org.camunda.bpm.engine.HistoryService historyServiceBean;

    org.camunda.bpm.engine.HistoryService historyService() {
        return historyServiceBean;
    }

    // ---- 季督促 ---------------------------------------------------------------------------------

    @Test
    void one_urging_round_after_the_quarter_with_a_task_per_lagging_county() {
        // a ledger project of enping whose planned registration passed in Q2 2030 without 注册
        insertProject("JM2030-80001", "enping", 50000, "SIGNED", LocalDate.of(2030, 5, 10), LocalDate.of(2030, 8, 1),
                LocalDate.of(2031, 3, 1));
        runDailyTimer("quarterly-urging", "2030-06-30T08:30:00");
        assertThat(rounds("2030-Q2")).isZero();
        runDailyTimer("quarterly-urging", "2030-07-01T08:30:00");   // Monday, first working day of Q3
        assertThat(rounds("2030-Q2")).isEqualTo(1);
        runDailyTimer("quarterly-urging", "2030-07-01T08:30:00");
        runDailyTimer("quarterly-urging", "2030-07-02T08:30:00");
        assertThat(rounds("2030-Q2")).isEqualTo(1);

        String lagging = jdbc.queryForObject("SELECT lagging_counties FROM greenchannel.urging_round WHERE period = '2030-Q2'",
                String.class);
        assertThat(lagging.split(",")).contains("enping");
        String pi = jdbc.queryForObject("SELECT process_instance_id FROM greenchannel.urging_round WHERE period = '2030-Q2'",
                String.class);
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(pi).list();
        assertThat(tasks).hasSize(lagging.split(",").length);
        Task enping = tasks.stream().filter(t -> candidateGroups(t).contains("county-enping")).findFirst().orElseThrow();
        assertThat(candidateGroups(enping)).containsExactly("county-enping");
        assertThat(formService.getDeployedTaskForm(enping.getId())).isNotNull();
        assertThat((String) taskService.getVariable(enping.getId(), "urgingFigures"))
                .contains("JM2030-80001 注册逾期（计划 2030-05-10）");
        assertThat(taskService.getVariable(enping.getId(), "ownerCounty")).isEqualTo("enping");
        // with authorization on, the engine refuses first: the task grant is the urged county's
        assertThatThrownBy(() -> completeAs("taishan01", enping, Map.of("urgingAnswer", "不是本县")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        completeAs("enping01", enping, Map.of("urgingAnswer", "已约谈投资方，8月底前完成注册。"));
        assertThat(jdbc.queryForObject("SELECT answered_by FROM greenchannel.urging WHERE period = '2030-Q2' AND county = 'enping'",
                String.class)).isEqualTo("enping01");
    }

    int rounds(String period) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.urging_round WHERE period = ?", Integer.class, period);
    }

    // ---- 督办 -----------------------------------------------------------------------------------

    @Test
    void a_missed_registration_escalates_notice_then_interview_then_city_leaders_and_closes_when_reached() {
        String code = "JM2030-80002";
        insertProject(code, "heshan", 30000, "SIGNED", LocalDate.of(2030, 9, 10), LocalDate.of(2030, 12, 1),
                LocalDate.of(2031, 6, 1));
        String caseId = code + "/REGISTRATION";
        runDailyTimer("supervision-case", "2030-09-10T07:00:00");
        assertThat(cases(caseId)).as("not missed before the planned day is over").isZero();
        runDailyTimer("supervision-case", "2030-09-11T07:00:00");
        runDailyTimer("supervision-case", "2030-09-12T07:00:00");   // the scan again: no second case
        assertThat(cases(caseId)).isEqualTo(1);
        String pi = jdbc.queryForObject("SELECT process_instance_id FROM greenchannel.supervision_case WHERE case_id = ?",
                String.class, caseId);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(SupervisionService.KEY).count()).isEqualTo(1);

        // 1st miss: notice to market regulation and the owner county (and the commissioner)
        Task notice = single(pi, SupervisionProcess.Element.NOTICE);
        assertThat(candidateGroups(notice)).containsExactlyInAnyOrder("dept-market-regulation", "county-heshan");
        assertThat(formService.getDeployedTaskForm(notice.getId())).isNotNull();
        assertThat(taskService.getVariable(notice.getId(), "projectName")).isEqualTo("督办测试" + code);
        assertThatThrownBy(() -> completeAs("taishan01", notice, answer("2030-09-20")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThatThrownBy(() -> completeAs("heshan01", notice, answer("2030-09-01")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-SUP-001");
        assertThatThrownBy(() -> completeAs("heshan01", notice, Map.of("remedy", "专员上门指导", "newDueDate", "2030-09-20")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GC-IN-001")
                .hasMessageContaining("逾期原因");
        assertThatThrownBy(() -> completeAs("heshan01", notice, Map.of("missCause", "材料未备齐", "remedy", "指导",
                "newDueDate", "九月底"))).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("新的完成日期");
        assertThat(taskService.createTaskQuery().taskId(notice.getId()).count()).as("refused answers leave it open").isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.supervision_notice WHERE case_id = ? "
                + "AND answered_by IS NOT NULL", Integer.class, caseId)).as("and record nothing").isZero();
        completeAs("heshan01", notice, answer("2030-09-20"));

        // the new date passes without 注册: 2nd miss → interview by the city centre
        fireNewDueDate(pi, "2030-09-21T00:00:01");
        Task interview = single(pi, SupervisionProcess.Element.INTERVIEW);
        assertThat(candidateGroups(interview)).containsExactly("city-investment-centre");
        assertThat((String) taskService.getVariable(interview.getId(), "supervisionSummary")).contains("第 2 次逾期")
                .contains("第 1 次回执");
        completeAs("zhongxin01", interview, answer("2030-09-30"));

        // 3rd miss → city leaders
        fireNewDueDate(pi, "2030-10-01T00:00:01");
        Task leader = single(pi, SupervisionProcess.Element.LEADER);
        assertThat(candidateGroups(leader)).containsExactly("city-leaders");
        completeAs("lingdao01", leader, answer("2030-10-20"));

        // reached before the new date: the case closes when that date comes
        jdbc.update("INSERT INTO greenchannel.milestone (project_code, milestone_type, reached_on, recorded_at) "
                + "VALUES (?, 'REGISTERED', ?, ?)", code, Date.valueOf("2030-10-15"),
                Timestamp.valueOf(LocalDateTime.of(2030, 10, 15, 10, 0)));
        fireNewDueDate(pi, "2030-10-21T00:00:01");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM greenchannel.supervision_case WHERE case_id = ?", String.class,
                caseId)).isEqualTo("CLOSED");
        List<Map<String, Object>> notices = jdbc.queryForList("SELECT step, answered_by, new_due_on FROM "
                + "greenchannel.supervision_notice WHERE case_id = ? ORDER BY seq", caseId);
        assertThat(notices).extracting(n -> n.get("step") + ":" + n.get("answered_by"))
                .containsExactly("NOTICE:heshan01", "INTERVIEW:zhongxin01", "LEADER:lingdao01");
    }

    Map<String, Object> answer(String newDueDate) {
        return Map.of("missCause", "企业股东变更，登记材料未备齐", "remedy", "专员上门指导补齐材料", "newDueDate", newDueDate);
    }

    void fireNewDueDate(String pi, String chinaTime) {
        GreenChannelTestClock.setChinaTime(chinaTime);
        Job timer = managementService.createJobQuery().processInstanceId(pi).timers().singleResult();
        assertThat(timer).isNotNull();
        managementService.executeJob(timer.getId());
    }

    Task single(String pi, String key) {
        Task task = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult();
        assertThat(task).as(key).isNotNull();
        return task;
    }

    int cases(String caseId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.supervision_case WHERE case_id = ?", Integer.class,
                caseId);
    }

    void insertProject(String code, String county, long planned, String status, LocalDate plannedReg,
            LocalDate plannedStart, LocalDate plannedProd) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(2030, 1, 1, 9, 0));
        jdbc.update("""
                INSERT INTO greenchannel.project (project_code, name, investor_name, investor_origin, chain_code,
                  manufacturing, planned_investment, land_area, expected_output, expected_tax, expected_jobs,
                  referral_channel, owner_county, first_contact_county, tier, status, commissioner_id, created_at, updated_at)
                VALUES (?, ?, '测试投资方', 'DOMESTIC', 'new-energy', TRUE, ?, 100, 1000, 100, 50, 'VISIT', ?, ?, 'LEDGER', ?,
                  ?, ?, ?)""", code, "督办测试" + code, planned, county, county, status, county + "02", now, now);
        jdbc.update("""
                INSERT INTO greenchannel.agreement (project_code, signed_on, investment_amount, land_area,
                  planned_registration_date, planned_start_date, planned_production_date, output_per_mu, tax_per_mu,
                  recorded_at) VALUES (?, ?, ?, 100, ?, ?, ?, 50, 5, ?)""", code, Date.valueOf(plannedReg.minusDays(30)),
                planned, Date.valueOf(plannedReg), Date.valueOf(plannedStart), Date.valueOf(plannedProd), now);
        jdbc.update("INSERT INTO greenchannel.milestone (project_code, milestone_type, reached_on, recorded_at) "
                + "VALUES (?, 'SIGNED', ?, ?)", code, Date.valueOf(plannedReg.minusDays(30)), now);
    }
}
