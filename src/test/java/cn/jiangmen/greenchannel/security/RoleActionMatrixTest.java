package cn.jiangmen.greenchannel.security;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.jiangmen.greenchannel.lead.LeadFollowUpProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.project.ProjectStatus;
import cn.jiangmen.greenchannel.support.EngineRestClient;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.LeadSamples;
import cn.jiangmen.greenchannel.support.ProjectSetup;
import cn.jiangmen.greenchannel.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The role × action matrix of docs/security.md, over HTTP as each demo user: every cell is asserted
 * allowed or refused, and a refusal must be a refusal (403/404 or an empty list), never anything else.
 * The subject is a 蓬江区 project in joint review: 市自然资源局 has a review task on it, 江海区 has nothing.
 */
@IntegrationTest
// One engine may be named "default" per JVM (the REST API and webapps address it): close this
// context after the class so the next web test does not meet a stale "default" engine.
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleActionMatrixTest {

    private static final String PASSWORD = "Demo@2026jm";

    /** The demo roles, one user each: the matrix's columns. */
    static final List<String> USERS = List.of(
            "pengjiang01", // county-pengjiang: owner county of the subject project
            "jianghai01",  // county-jianghai: another county
            "ziran01",     // dept-natural-resources: has a review task on the subject project
            "zhongxin01",  // city-investment-centre
            "lingdao01",   // city-leaders
            "guanli01",    // managers
            "admin");      // camunda-admin

    enum Action {
        READ_PROCESS_INSTANCE, LIST_PROCESS_INSTANCES, READ_VARIABLES, READ_HISTORY, LIST_TASKS, READ_TASK,
        CLAIM_COUNTY_TASK, COMPLETE_COUNTY_TASK, COMPLETE_DEPT_TASK, COMPLETE_LEAD_FEEDBACK, COMPLETE_LEAD_REPORT,
        START_PROCESS, UPDATE_VARIABLE,
        DEPLOY, MANAGE_USERS, MANAGE_AUTHORIZATIONS, API_PROJECT, API_AUDIT,
        TASKLIST_LOGIN, COCKPIT_LOGIN, COCKPIT_API_INSTANCES, ADMIN_APP_LOGIN,
        API_LEDGER, API_LEDGER_OF_PENGJIANG, API_BULLETINS, API_ASSESSMENT, API_GREEN_CHANNEL_PERFORMANCE,
        API_APPROVAL_ITEMS, API_EDIT_APPROVAL_MATERIALS,
        API_LEDGER_EXPORT, API_DASHBOARD, API_DASHBOARD_CITY_FIGURES, COCKPIT_REPORT_PAGE_DASHBOARD,
        COCKPIT_REPORT_PAGE_LEDGER, COCKPIT_REPORT_PREVIEW_BULLETIN
    }

    enum Outcome { ALLOWED, REFUSED }

    // @formatter:off
    /** Y = allowed, - = refused; columns as {@link #USERS}. docs/security.md shows the same table. */
    static final Object[][] MATRIX = {
        //                                 peng jiang ziran zhong ling guan admin
        {Action.READ_PROCESS_INSTANCE,     "Y   -     Y     Y     Y    Y    Y"},
        {Action.LIST_PROCESS_INSTANCES,    "Y   -     Y     Y     Y    Y    Y"},
        {Action.READ_VARIABLES,            "Y   -     Y     Y     Y    Y    Y"},
        {Action.READ_HISTORY,              "Y   -     Y     Y     Y    Y    Y"},
        {Action.LIST_TASKS,                "Y   -     Y     Y     Y    Y    Y"},
        {Action.READ_TASK,                 "Y   -     Y     Y     Y    Y    Y"},
        {Action.CLAIM_COUNTY_TASK,         "Y   -     -     -     -    -    Y"},
        {Action.COMPLETE_COUNTY_TASK,      "Y   -     -     -     -    -    Y"},
        {Action.COMPLETE_DEPT_TASK,        "-   -     Y     -     -    -    Y"},
        {Action.COMPLETE_LEAD_FEEDBACK,    "Y   -     -     -     -    -    Y"},
        {Action.COMPLETE_LEAD_REPORT,      "Y   -     -     -     -    -    Y"},
        {Action.START_PROCESS,             "Y   Y     -     Y     -    -    Y"},
        {Action.UPDATE_VARIABLE,           "-   -     -     -     -    -    Y"},
        {Action.DEPLOY,                    "-   -     -     -     -    -    Y"},
        {Action.MANAGE_USERS,              "-   -     -     -     -    -    Y"},
        {Action.MANAGE_AUTHORIZATIONS,     "-   -     -     -     -    -    Y"},
        {Action.API_PROJECT,               "Y   -     Y     Y     Y    Y    Y"},
        {Action.API_AUDIT,                 "-   -     -     Y     -    -    Y"},
        {Action.TASKLIST_LOGIN,            "Y   Y     Y     Y     Y    -    Y"},
        {Action.COCKPIT_LOGIN,             "Y   Y     -     Y     Y    Y    Y"},
        {Action.COCKPIT_API_INSTANCES,     "Y   -     Y     Y     Y    Y    Y"},
        {Action.ADMIN_APP_LOGIN,           "-   -     -     -     -    -    Y"},
        {Action.API_LEDGER,                "Y   Y     -     Y     Y    Y    Y"},
        {Action.API_LEDGER_OF_PENGJIANG,   "Y   -     -     Y     Y    Y    Y"},
        {Action.API_BULLETINS,             "Y   Y     -     Y     Y    Y    Y"},
        {Action.API_ASSESSMENT,            "Y   Y     -     Y     Y    Y    Y"},
        {Action.API_GREEN_CHANNEL_PERFORMANCE, "-   -     -     Y     Y    Y    Y"},
        {Action.API_APPROVAL_ITEMS,        "Y   Y     Y     Y     Y    Y    Y"},
        {Action.API_EDIT_APPROVAL_MATERIALS, "-   -     -     -     -    -    Y"},
        {Action.API_LEDGER_EXPORT,         "Y   Y     -     Y     Y    Y    Y"},
        {Action.API_DASHBOARD,             "Y   Y     -     Y     Y    Y    Y"},
        {Action.API_DASHBOARD_CITY_FIGURES, "-   -     -     Y     Y    Y    Y"},
        {Action.COCKPIT_REPORT_PAGE_DASHBOARD, "Y   Y     -     Y     Y    Y    Y"},
        {Action.COCKPIT_REPORT_PAGE_LEDGER, "Y   Y     -     Y     Y    Y    Y"},
        {Action.COCKPIT_REPORT_PREVIEW_BULLETIN, "Y   Y     -     Y     Y    Y    Y"},
    };
    // @formatter:on

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Object[] row : MATRIX) {
            String[] marks = ((String) row[1]).trim().split("\\s+");
            assertThat(marks).as("row " + row[0]).hasSize(USERS.size());
            for (int i = 0; i < USERS.size(); i++) {
                cells.add(Arguments.of(row[0], USERS.get(i), "Y".equals(marks[i]) ? Outcome.ALLOWED : Outcome.REFUSED));
            }
        }
        return cells.stream();
    }

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    private ProjectSetup setup;
    private ProcessInstance subject;
    private String subjectCode;
    private String reviewTaskId;

    @BeforeAll
    void subjectProject() {
        setup = new ProjectSetup(engine);
        subject = setup.atReview("pengjiang");
        subjectCode = setup.code(subject);
        reviewTaskId = setup.task(subject, Element.REVIEW_NATURAL_RESOURCES).getId();
    }

    @ParameterizedTest(name = "{0} × {1} → {2}")
    @MethodSource("cells")
    void cell(Action action, String user, Outcome expected) throws Exception {
        assertThat(perform(action, user)).as(action + " by " + user).isEqualTo(expected);
    }

    private Outcome perform(Action action, String user) throws Exception {
        EngineRestClient client = new EngineRestClient(rest, user, PASSWORD);
        String pi = subject.getId();
        return switch (action) {
            case READ_PROCESS_INSTANCE -> single(client.getText("/process-instance/" + pi));
            case LIST_PROCESS_INSTANCES -> list(client.getText("/process-instance?businessKey=" + subjectCode
                    + "&firstResult=0&maxResults=10"), pi);
            case READ_VARIABLES -> single(client.getText("/process-instance/" + pi + "/variables"));
            case READ_HISTORY -> agree(single(client.getText("/history/process-instance/" + pi)),
                    nonEmpty(client.getText("/history/variable-instance?processInstanceId=" + pi
                            + "&firstResult=0&maxResults=50")));
            case LIST_TASKS -> nonEmpty(client.getText("/task?processInstanceId=" + pi + "&firstResult=0&maxResults=20"));
            case READ_TASK -> single(client.getText("/task/" + reviewTaskId));
            case CLAIM_COUNTY_TASK -> {
                Task ack = setup.task(setup.register("pengjiang", 20000), Element.ACKNOWLEDGE_LEAD);
                yield changed(client.postForText("/task/" + ack.getId() + "/claim", Map.of("userId", user)), 204);
            }
            case COMPLETE_COUNTY_TASK -> {
                Task ack = setup.task(setup.register("pengjiang", 20000), Element.ACKNOWLEDGE_LEAD);
                Outcome outcome = changed(client.complete(ack.getId(), of(LEAD_OWNER, "pengjiang01")), 204);
                assertThat(engine.getTaskService().createTaskQuery().taskId(ack.getId()).count())
                        .isEqualTo(outcome == Outcome.ALLOWED ? 0 : 1);
                yield outcome;
            }
            case COMPLETE_DEPT_TASK -> {
                Task review = setup.task(setup.atReview("pengjiang"), Element.REVIEW_NATURAL_RESOURCES);
                yield changed(client.complete(review.getId(), of(REVIEW_OPINION, "AGREE")), 204);
            }
            case COMPLETE_LEAD_FEEDBACK -> {
                ProcessInstance lead = setup.judged("pengjiang");
                Task feedback = setup.followUpTask(lead, LeadFollowUpProcess.Element.GIVE_FEEDBACK);
                Outcome outcome = changed(client.complete(feedback.getId(), feedback()), 204);
                assertThat(leadRows("lead_feedback", setup.code(lead))).isEqualTo(outcome == Outcome.ALLOWED ? 1 : 0);
                yield outcome;
            }
            case COMPLETE_LEAD_REPORT -> {
                ProcessInstance lead = setup.judged("pengjiang");
                Task report = setup.openLeadReport(lead);
                Outcome outcome = changed(client.complete(report.getId(), report()), 204);
                assertThat(leadRows("lead_progress_report", setup.code(lead)))
                        .isEqualTo(outcome == Outcome.ALLOWED ? 1 : 0);
                yield outcome;
            }
            case START_PROCESS -> {
                String county = user.equals("jianghai01") ? "jianghai" : "pengjiang";
                long projectsBefore = projectCount();
                Outcome outcome = changed(client.postForText("/process-definition/key/" + LifecycleProcess.KEY + "/start",
                        Map.of("variables", EngineRestClient.typed(LeadSamples.lead(county, 20000)))), 200);
                assertThat(projectCount()).isEqualTo(projectsBefore + (outcome == Outcome.ALLOWED ? 1 : 0));
                yield outcome;
            }
            case UPDATE_VARIABLE -> {
                HttpHeaders headers = basic(user);
                headers.setContentType(MediaType.APPLICATION_JSON);
                yield changed(rest.exchange("/engine-rest/process-instance/" + pi + "/variables/matrixProbe",
                        HttpMethod.PUT, new HttpEntity<>(Map.of("value", user, "type", "String"), headers), String.class), 204);
            }
            case DEPLOY -> {
                ResponseEntity<String> answer = AuditTrailTest.deploy(rest, user, "matrix-probe-" + user);
                Outcome outcome = changed(answer, 200);
                if (outcome == Outcome.ALLOWED) {
                    String id = json.readTree(answer.getBody()).path("id").asText();
                    rest.exchange("/engine-rest/deployment/" + id + "?cascade=true", HttpMethod.DELETE,
                            new HttpEntity<>(basic("admin")), String.class);
                }
                yield outcome;
            }
            case MANAGE_USERS -> {
                String id = "matrix-user-" + user;
                Outcome outcome = changed(client.postForText("/user/create", Map.of(
                        "profile", Map.of("id", id, "firstName", "矩阵", "lastName", "测试"),
                        "credentials", Map.of("password", "Matrix@2026-probe"))), 204);
                if (outcome == Outcome.ALLOWED) {
                    engine.getIdentityService().deleteUser(id);
                }
                assertThat(engine.getIdentityService().createUserQuery().userId(id).count()).isZero();
                yield outcome;
            }
            case MANAGE_AUTHORIZATIONS -> {
                ResponseEntity<String> answer = client.postForText("/authorization/create", Map.of(
                        "type", 1, "permissions", List.of("ALL"), "userId", user,
                        "resourceType", 8, "resourceId", "*")); // ALL on every process instance
                Outcome outcome = changed(answer, 200);
                if (outcome == Outcome.ALLOWED) {
                    engine.getAuthorizationService().deleteAuthorization(json.readTree(answer.getBody()).path("id").asText());
                }
                yield outcome;
            }
            case API_PROJECT -> {
                ResponseEntity<String> answer = rest.exchange("/api/projects/" + subjectCode, HttpMethod.GET,
                        new HttpEntity<>(basic(user)), String.class);
                if (answer.getStatusCode().value() == 200) {
                    JsonNode project = json.readTree(answer.getBody());
                    assertThat(project.path("projectCode").asText()).isEqualTo(subjectCode);
                    String status = jdbc.queryForObject("SELECT status FROM greenchannel.project WHERE project_code = ?",
                            String.class, subjectCode);
                    assertThat(project.path("status").asText()).isEqualTo(status);
                    assertThat(project.path("statusLabel").asText()).isEqualTo(ProjectStatus.valueOf(status).label());
                    yield Outcome.ALLOWED;
                }
                yield refusal(answer, "GC-AUTH-403");
            }
            case API_AUDIT -> {
                ResponseEntity<String> answer = rest.exchange("/api/projects/" + subjectCode + "/audit",
                        HttpMethod.GET, new HttpEntity<>(basic(user)), String.class);
                yield answer.getStatusCode().value() == 200 ? Outcome.ALLOWED : refusal(answer, "GC-AUTH-403");
            }
            case API_LEDGER -> report(user, "/api/ledger?page=0&size=20");
            case API_LEDGER_OF_PENGJIANG -> report(user, "/api/ledger?county=pengjiang&page=0&size=20");
            case API_BULLETINS -> report(user, "/api/bulletins");
            case API_ASSESSMENT -> report(user, "/api/assessments/2026");
            case API_GREEN_CHANNEL_PERFORMANCE -> report(user, "/api/green-channel/performance");
            case API_APPROVAL_ITEMS -> report(user, "/api/approval-items");
            case API_EDIT_APPROVAL_MATERIALS -> {
                // the catalogue's own list, put back as it is: only whether the caller may write counts
                List<Map<String, Object>> same = jdbc.query("SELECT material_code, name, core, decisive "
                        + "FROM greenchannel.approval_item_material WHERE item_code = 'COMPLETION_FILING' ORDER BY sort_order",
                        (rs, i) -> Map.<String, Object>of("code", rs.getString(1), "name", rs.getString(2),
                                "core", rs.getBoolean(3), "decisive", rs.getBoolean(4)));
                ResponseEntity<String> answer = rest.exchange("/api/approval-items/COMPLETION_FILING/materials",
                        HttpMethod.PUT, new HttpEntity<>(same, basic(user)), String.class);
                yield answer.getStatusCode().value() == 200 ? Outcome.ALLOWED : refusal(answer, "GC-AUTH-403");
            }
            case API_LEDGER_EXPORT -> {
                ResponseEntity<byte[]> answer = rest.exchange("/api/ledger/export.xlsx", HttpMethod.GET,
                        new HttpEntity<>(basic(user)), byte[].class);
                if (answer.getStatusCode().value() == 200) {
                    // an .xlsx is a zip: PK
                    assertThat(answer.getBody()).startsWith(new byte[] {'P', 'K'});
                    yield Outcome.ALLOWED;
                }
                assertThat(answer.getStatusCode().value()).isEqualTo(403);
                yield Outcome.REFUSED;
            }
            case API_DASHBOARD -> report(user, "/api/dashboard?year=2026");
            case API_DASHBOARD_CITY_FIGURES -> {
                // everybody who reads the dashboard gets it; only city readers get the city's targets
                ResponseEntity<String> answer = rest.exchange("/api/dashboard?year=2026", HttpMethod.GET,
                        new HttpEntity<>(basic(user)), String.class);
                if (answer.getStatusCode().value() != 200) {
                    yield refusal(answer, "GC-AUTH-403");
                }
                JsonNode dashboard = json.readTree(answer.getBody());
                yield dashboard.path("cityWide").asBoolean() && dashboard.hasNonNull("targets")
                        && dashboard.path("counties").size() == 7 ? Outcome.ALLOWED : Outcome.REFUSED;
            }
            case COCKPIT_REPORT_PAGE_DASHBOARD -> sessionReport(user, "/api/dashboard?year=2026");
            case COCKPIT_REPORT_PAGE_LEDGER -> sessionReport(user, "/api/ledger?page=0&size=20");
            case COCKPIT_REPORT_PREVIEW_BULLETIN -> {
                WebappSession session = cockpitSession(user);
                ResponseEntity<String> answer = session.post("/api/bulletins/preview", Map.of("period", "2026-10"), true);
                if (answer.getStatusCode().value() == 200) {
                    assertThat(json.readTree(answer.getBody()).path("official").asBoolean()).isFalse();
                    yield Outcome.ALLOWED;
                }
                yield refusal(answer, "GC-AUTH-403");
            }
            case TASKLIST_LOGIN -> login("tasklist", user);
            case COCKPIT_LOGIN -> login("cockpit", user);
            case ADMIN_APP_LOGIN -> login("admin", user);
            case COCKPIT_API_INSTANCES -> {
                WebappSession session = cockpitSession(user);
                yield list(session.get("/camunda/api/cockpit/plugin/base/default/process-instance?businessKey="
                        + subjectCode + "&firstResult=0&maxResults=10"), pi);
            }
        };
    }

    /** The user's webapp session: Cockpit if they may log in there, Tasklist otherwise. */
    private WebappSession cockpitSession(String user) {
        WebappSession session = new WebappSession(rest);
        if (session.login("cockpit", user, PASSWORD) != 200) {
            assertThat(session.login("tasklist", user, PASSWORD)).isEqualTo(200);
        }
        return session;
    }

    /** A report page of the Cockpit plugin: our /api with the webapp session instead of HTTP Basic. */
    private Outcome sessionReport(String user, String path) {
        ResponseEntity<String> answer = cockpitSession(user).get(path);
        if (answer.getStatusCode().value() == 200) {
            return Outcome.ALLOWED;
        }
        return refusal(answer, "GC-AUTH-403");
    }

    private Outcome login(String app, String user) {
        int status = new WebappSession(rest).login(app, user, PASSWORD);
        if (status == 200) {
            return Outcome.ALLOWED;
        }
        assertThat(status).as("login to " + app).isEqualTo(403);
        return Outcome.REFUSED;
    }

    /** One resource: 200 is allowed; 403 or 404 (the engine hides what it may not show) is refused. */
    private static Outcome single(ResponseEntity<String> answer) {
        int status = answer.getStatusCode().value();
        if (status == 200) {
            return Outcome.ALLOWED;
        }
        if (status == 403 || status == 404) {
            return Outcome.REFUSED;
        }
        return fail("unexpected " + status + ": " + answer.getBody());
    }

    /** A query: 200 either way; allowed if the subject is in it, refused if the answer is empty. */
    private Outcome list(ResponseEntity<String> answer, String id) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode items = json.readTree(answer.getBody());
        if (items.size() == 0) {
            return Outcome.REFUSED;
        }
        // the subject and, for whoever reads it, its lead-follow-up (same business key): nothing else
        List<String> ids = items.findValuesAsText("id");
        assertThat(ids).contains(id).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(other -> assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(other).singleResult().getBusinessKey()).isEqualTo(subjectCode));
        return Outcome.ALLOWED;
    }

    private Outcome nonEmpty(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody()).size() > 0 ? Outcome.ALLOWED : Outcome.REFUSED;
    }

    /** A change: the expected success status is allowed; 403 (or 404 for an invisible task) is refused. */
    private static Outcome changed(ResponseEntity<String> answer, int success) {
        int status = answer.getStatusCode().value();
        if (status == success) {
            return Outcome.ALLOWED;
        }
        if (status == 403 || status == 404) {
            return Outcome.REFUSED;
        }
        return fail("unexpected " + status + ": " + answer.getBody());
    }

    private static Outcome agree(Outcome a, Outcome b) {
        assertThat(a).as("history and its variables agree").isEqualTo(b);
        return a;
    }

    /** A report of our /api: 200 is allowed; a refusal is 403 with the report or the general code. */
    private Outcome report(String user, String path) {
        ResponseEntity<String> answer = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(basic(user)), String.class);
        if (answer.getStatusCode().value() == 200) {
            return Outcome.ALLOWED;
        }
        assertThat(answer.getStatusCode().value()).as(path + " for " + user).isEqualTo(403);
        assertThat(answer.getBody()).containsAnyOf("GC-AUTH-403", "GC-RPT-403");
        return Outcome.REFUSED;
    }

    private static Outcome refusal(ResponseEntity<String> answer, String code) {
        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(answer.getBody()).contains(code);
        return Outcome.REFUSED;
    }

    private static Map<String, Object> feedback() {
        return of(LeadFollowUpProcess.Var.FEEDBACK_CONTENT, "已电话告知推荐方研判结论",
                LeadFollowUpProcess.Var.FEEDBACK_CHANNEL, "PHONE",
                LeadFollowUpProcess.Var.FEEDBACK_DATE, cn.jiangmen.greenchannel.common.Zones.today().toString());
    }

    private static Map<String, Object> report() {
        return of(LeadFollowUpProcess.Var.PROGRESS_SUMMARY, "投资方已完成实地考察",
                LeadFollowUpProcess.Var.NEXT_STEP, "商谈用地与投资强度");
    }

    private long leadRows(String table, String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel." + table + " WHERE project_code = ?", Long.class,
                code);
    }

    /**
     * The commissioner is not a column of the matrix (a county commissioner is a county member): here a
     * city-centre commissioner of a 蓬江区 lead works both follow-up tasks as candidate user, while another
     * county's commissioner can do neither.
     */
    @Test
    void the_commissioner_completes_the_lead_follow_up_tasks_and_another_countys_commissioner_cannot() {
        ProcessInstance lead = setup.judged("pengjiang");
        String code = setup.code(lead);
        setup.complete(lead, Element.APPOINT_COMMISSIONER, of(COMMISSIONER_ID, "zhongxin02"));
        Task feedback = setup.followUpTask(lead, LeadFollowUpProcess.Element.GIVE_FEEDBACK);
        Task report = setup.openLeadReport(lead);
        EngineRestClient otherCounty = new EngineRestClient(rest, "jianghai02", PASSWORD);
        EngineRestClient commissioner = new EngineRestClient(rest, "zhongxin02", PASSWORD);

        assertThat(changed(otherCounty.complete(feedback.getId(), feedback()), 204)).isEqualTo(Outcome.REFUSED);
        assertThat(changed(otherCounty.complete(report.getId(), report()), 204)).isEqualTo(Outcome.REFUSED);
        assertThat(leadRows("lead_feedback", code) + leadRows("lead_progress_report", code)).isZero();

        assertThat(changed(commissioner.complete(feedback.getId(), feedback()), 204)).isEqualTo(Outcome.ALLOWED);
        assertThat(changed(commissioner.complete(report.getId(), report()), 204)).isEqualTo(Outcome.ALLOWED);
        assertThat(leadRows("lead_feedback", code)).isOne();
        assertThat(leadRows("lead_progress_report", code)).isOne();
    }

    private long projectCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.project", Long.class);
    }

    private static HttpHeaders basic(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, PASSWORD);
        return headers;
    }

    // ---- no login, no answer ---------------------------------------------------------------------

    @ParameterizedTest(name = "GET {0} without login → 401")
    @ValueSource(strings = {"/engine-rest/authorization", "/engine-rest/batch", "/engine-rest/case-definition",
            "/engine-rest/case-execution", "/engine-rest/case-instance", "/engine-rest/condition",
            "/engine-rest/decision-definition", "/engine-rest/decision-requirements-definition",
            "/engine-rest/deployment", "/engine-rest/event-subscription", "/engine-rest/execution",
            "/engine-rest/external-task", "/engine-rest/filter", "/engine-rest/group", "/engine-rest/history/process-instance",
            "/engine-rest/identity/groups", "/engine-rest/incident", "/engine-rest/job", "/engine-rest/job-definition",
            "/engine-rest/message", "/engine-rest/metrics", "/engine-rest/migration", "/engine-rest/modification",
            "/engine-rest/process-definition", "/engine-rest/process-instance", "/engine-rest/schema/log",
            "/engine-rest/signal", "/engine-rest/task", "/engine-rest/telemetry", "/engine-rest/tenant",
            "/engine-rest/user", "/engine-rest/variable-instance", "/engine-rest/version",
            "/engine-rest/engine/default/task", "/engine-rest/engine/default/process-instance",
            "/api/projects/JM2026-00001", "/api/projects/JM2026-00001/audit", "/api/calendar/2026",
            "/api/calendar/missing-years", "/api/dashboard", "/api/report-options", "/api/ledger",
            "/camunda/api/engine/engine/default/task/count", "/camunda/api/engine/engine/default/process-instance/count",
            "/camunda/api/cockpit/plugin/base/default/process-instance/count", "/camunda/api/admin/auth/user/default"})
    void every_rest_root_answers_401_without_login(String path) {
        int status = rest.getForEntity(path, String.class).getStatusCode().value();
        if (path.equals("/camunda/api/admin/auth/user/default")) {
            assertThat(status).as("who am I, without a session").isEqualTo(404);
        } else {
            assertThat(status).isEqualTo(401);
        }
        // and a write is refused the same way
        if (path.startsWith("/engine-rest/") || path.startsWith("/api/")) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            assertThat(rest.exchange(path, HttpMethod.POST, new HttpEntity<>("{}", headers), String.class)
                    .getStatusCode().value()).isEqualTo(401);
        }
    }

    @Test
    void only_the_list_of_engine_names_answers_without_login() {
        ResponseEntity<String> engines = rest.getForEntity("/engine-rest/engine", String.class);
        assertThat(engines.getStatusCode().value()).isEqualTo(200);
        // names only (other test contexts in this JVM add their engines to the list)
        assertThat(engines.getBody()).contains("{\"name\":\"default\"}").matches("\\[(\\{\"name\":\"[^\"]+\"\\},?)+\\]");
    }

    // ---- a county sees nothing of another county's projects -------------------------------------

    @Test
    void a_county_user_gets_nothing_of_another_countys_projects_anywhere() throws Exception {
        ProcessInstance theirs = setup.atReview("jianghai");
        String theirCode = setup.code(theirs);
        EngineRestClient county = new EngineRestClient(rest, "pengjiang01", PASSWORD);
        String page = "firstResult=0&maxResults=2000";
        List<String> visibleInstances = new ArrayList<>();
        visibleInstances.addAll(ids(county.getText("/process-instance?" + page), "id"));
        visibleInstances.addAll(ids(county.getText("/history/process-instance?" + page), "id"));
        visibleInstances.addAll(ids(county.getText("/task?" + page), "processInstanceId"));
        visibleInstances.addAll(ids(county.getText("/history/task?" + page), "processInstanceId"));
        visibleInstances.addAll(ids(county.getText("/variable-instance?" + page), "processInstanceId"));
        visibleInstances.addAll(ids(county.getText("/history/variable-instance?" + page), "processInstanceId"));
        visibleInstances.addAll(ids(county.getText("/history/activity-instance?" + page), "processInstanceId"));
        visibleInstances.addAll(ids(county.getText("/execution?" + page), "processInstanceId"));
        assertThat(visibleInstances).isNotEmpty().doesNotContain(theirs.getId());
        // every instance it sees belongs to a 蓬江区 project
        for (String instance : visibleInstances.stream().distinct().toList()) {
            String key = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
                    .singleResult().getBusinessKey();
            assertThat(jdbc.queryForObject("SELECT owner_county FROM greenchannel.project WHERE project_code = ?",
                    String.class, key)).as(key).isEqualTo("pengjiang");
        }
        // direct reads of their project
        assertThat(county.getText("/process-instance/" + theirs.getId()).getStatusCode().value()).isEqualTo(404);
        assertThat(county.getText("/process-instance/" + theirs.getId() + "/variables").getStatusCode().value())
                .isEqualTo(403);
        assertThat(county.getText("/history/process-instance/" + theirs.getId()).getStatusCode().value()).isEqualTo(404);
        assertThat(county.getText("/process-instance/" + theirs.getId() + "/activity-instances").getStatusCode().value())
                .isEqualTo(403);
        // our API and Cockpit's
        ResponseEntity<String> api = rest.exchange("/api/projects/" + theirCode, HttpMethod.GET,
                new HttpEntity<>(basic("pengjiang01")), String.class);
        assertThat(api.getStatusCode().value()).isEqualTo(403);
        assertThat(api.getBody()).doesNotContain(theirCode.substring(7)).doesNotContain("新能源电池");
        WebappSession session = new WebappSession(rest);
        assertThat(session.login("tasklist", "pengjiang01", PASSWORD)).isEqualTo(200);
        assertThat(json.readTree(session.get("/camunda/api/cockpit/plugin/base/default/process-instance?businessKey="
                + theirCode + "&firstResult=0&maxResults=10").getBody()).size()).isZero();
        assertThat(json.readTree(session.get("/camunda/api/engine/engine/default/task?processInstanceId="
                + theirs.getId() + "&firstResult=0&maxResults=10").getBody()).size()).isZero();
    }

    @Test
    void unknown_and_malformed_project_codes_on_our_api() throws Exception {
        ResponseEntity<String> unknown = rest.exchange("/api/projects/JM1999-99999", HttpMethod.GET,
                new HttpEntity<>(basic("zhongxin01")), String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(unknown.getBody()).path("code").asText()).isEqualTo("GC-PRJ-404");
        assertThat(json.readTree(unknown.getBody()).path("message").asText()).contains("项目不存在");
        ResponseEntity<String> malformed = rest.exchange("/api/projects/DROP-TABLE", HttpMethod.GET,
                new HttpEntity<>(basic("zhongxin01")), String.class);
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(malformed.getBody()).path("code").asText()).isEqualTo("GC-PRJ-400");
    }

    private List<String> ids(ResponseEntity<String> answer, String field) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode item : json.readTree(answer.getBody())) {
            if (item.hasNonNull(field)) {
                ids.add(item.get(field).asText());
            }
        }
        return ids;
    }
}
