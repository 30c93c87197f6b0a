package cn.jiangmen.greenchannel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiangmen.greenchannel.support.EngineRestClient;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.WebappSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** Safe engine and webapp settings (issue 4, item 3), checked on the running application. */
@IntegrationTest
// One engine may be named "default" per JVM (the REST API and webapps address it): close this
// context after the class so the next web test does not meet a stale "default" engine.
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class WebappSecurityTest {

    private static final String SETUP = "/camunda/api/admin/setup/default/user/create";

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;
    @Autowired ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired ServerProperties serverProperties;

    @Test
    void the_admin_setup_page_never_hands_a_visitor_an_administrator_account() {
        long administrators = identityService.createUserQuery().memberOfGroup("camunda-admin").count();
        assertThat(administrators).as("an administrator exists from camunda.bpm.admin-user").isPositive();
        WebappSession visitor = new WebappSession(rest);
        Map<String, Object> body = Map.of(
                "profile", Map.of("id", "intruder01", "firstName", "X", "lastName", "Y", "email", "x@y.invalid"),
                "credentials", Map.of("password", "Intruder@2026x"));

        ResponseEntity<String> withToken = visitor.post(SETUP, body, true);
        assertThat(withToken.getStatusCode().value()).isEqualTo(403);
        assertThat(withToken.getBody()).contains("Setup action not available");
        assertThat(visitor.post(SETUP, body, false).getStatusCode().value()).isEqualTo(403);

        assertThat(identityService.createUserQuery().userId("intruder01").count()).isZero();
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").count()).isEqualTo(administrators);
    }

    @Test
    void webapp_pages_carry_csp_and_nosniff_and_no_hsts_on_plain_http() {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'")
                .contains("object-src 'none'");
        assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeaders().containsKey("Strict-Transport-Security")).isFalse();
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_the_xsrf_cookie_stays_readable() {
        ResponseEntity<String> first = rest.getForEntity("/camunda/api/admin/auth/user/default", String.class);
        List<String> cookies = WebappSession.setCookies(first);
        String sessionCookie = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        String xsrfCookie = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
        assertThat(sessionCookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(sessionCookie.split("SameSite", -1)).as("SameSite set once").hasSize(2);
        assertThat(xsrfCookie).contains("SameSite=Lax").doesNotContainIgnoringCase("HttpOnly");
        assertThat(new WebappSession(rest).login("tasklist", "pengjiang01", "Demo@2026jm")).isEqualTo(200);
        assertThat(serverProperties.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
            "/actuator/heapdump", "/actuator/loggers", "/actuator/mappings", "/actuator/metrics"})
    void actuator_exposes_nothing_but_health(String path) {
        assertThat(rest.getForEntity(path, String.class).getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(health.getBody()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void api_answers_are_not_sniffed_or_framed() {
        EngineRestClient admin = new EngineRestClient(rest, "admin", "Demo@2026jm");
        ResponseEntity<String> engineRest = admin.getText("/task?firstResult=0&maxResults=1");
        assertThat(engineRest.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(engineRest.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        ResponseEntity<String> unauthenticated = rest.getForEntity("/api/projects/JM2026-00001", String.class);
        assertThat(unauthenticated.getStatusCode().value()).isEqualTo(401);
        assertThat(unauthenticated.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void tasklist_serves_our_config_with_the_draft_clearing_script_and_keeps_its_shortcuts() {
        ResponseEntity<String> config = rest.getForEntity("/camunda/app/tasklist/scripts/config.js", String.class);
        assertThat(config.getStatusCode().value()).isEqualTo(200);
        assertThat(config.getBody()).contains("export default").contains("customScripts")
                .contains("'scripts/clear-drafts-on-logout'")
                .contains("claimTask", "focusFilter", "focusList", "focusForm", "startProcess", "ctrl+alt+c");
        ResponseEntity<String> script = rest.getForEntity(
                "/camunda/app/tasklist/scripts/clear-drafts-on-logout.js?bust=7.24.0", String.class);
        assertThat(script.getStatusCode().value()).isEqualTo(200);
        assertThat(script.getHeaders().getContentType().toString()).contains("javascript");
        assertThat(script.getBody()).contains("'camunda-form:'", "'camForm:'", "/logout", "removeItem");
    }

    @Test
    void cockpit_report_pages_read_our_api_with_the_webapp_session_and_write_only_with_its_xsrf_token()
            throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        ResponseEntity<String> config = rest.getForEntity("/camunda/app/cockpit/scripts/config.js", String.class);
        assertThat(config.getBody()).contains("'scripts/greenchannel-reports'");
        ResponseEntity<String> plugin = rest.getForEntity(
                "/camunda/app/cockpit/scripts/greenchannel-reports.js?bust=7.24.0", String.class);
        assertThat(plugin.getStatusCode().value()).isEqualTo(200);
        assertThat(plugin.getBody()).contains("export default", "cockpit.route", "cockpit.navigation", "X-XSRF-TOKEN");

        WebappSession centre = new WebappSession(rest);
        assertThat(centre.get("/api/dashboard").getStatusCode().value()).as("no session, no answer").isEqualTo(401);
        assertThat(centre.login("cockpit", "zhongxin01", "Demo@2026jm")).isEqualTo(200);
        ResponseEntity<String> dashboard = centre.get("/api/dashboard");
        assertThat(dashboard.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(dashboard.getBody()).path("cityWide").asBoolean()).isTrue();

        // a write over the session without the XSRF token is refused before it runs; with it, it runs
        ResponseEntity<String> forged = centre.post("/api/bulletins/preview", Map.of("period", "2026-10"), false);
        assertThat(forged.getStatusCode().value()).isEqualTo(403);
        assertThat(json.readTree(forged.getBody()).path("code").asText()).isEqualTo("GC-AUTH-CSRF");
        assertThat(json.readTree(forged.getBody()).path("message").asText()).contains("刷新");
        ResponseEntity<String> preview = centre.post("/api/bulletins/preview", Map.of("period", "2026-10"), true);
        assertThat(preview.getStatusCode().value()).as(preview.getBody()).isEqualTo(200);
        assertThat(json.readTree(preview.getBody()).path("official").asBoolean()).isFalse();

        // a county's session reads its own county only
        WebappSession county = new WebappSession(rest);
        assertThat(county.login("cockpit", "taishan01", "Demo@2026jm")).isEqualTo(200);
        var own = json.readTree(county.get("/api/dashboard").getBody());
        assertThat(own.path("cityWide").asBoolean()).isFalse();
        assertThat(own.path("targets").isNull()).isTrue();
        assertThat(own.path("counties").findValuesAsText("county")).containsExactly("taishan");
        assertThat(county.get("/api/ledger?county=pengjiang").getStatusCode().value()).isEqualTo(403);

        // after logout the session reads nothing
        assertThat(centre.post("/camunda/api/admin/auth/user/default/logout", Map.of(), true).getStatusCode()
                .value()).isEqualTo(200);
        assertThat(centre.get("/api/dashboard").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void wrong_passwords_throttle_that_user_only() {
        String probe = "throttle-probe-" + System.nanoTime() % 100000;
        User user = identityService.newUser(probe);
        user.setFirstName("限流");
        user.setLastName("测试");
        user.setPassword("Probe@2026-ok");
        identityService.saveUser(user);
        try {
            EngineRestClient wrong = new EngineRestClient(rest, probe, "Wrong@2026-no");
            for (int i = 0; i < 4; i++) {
                assertThat(wrong.getText("/task?firstResult=0&maxResults=1").getStatusCode().value()).isEqualTo(401);
            }
            // now even the right password waits out the delay
            assertThat(new EngineRestClient(rest, probe, "Probe@2026-ok").getText("/task?firstResult=0&maxResults=1")
                    .getStatusCode().value()).isEqualTo(401);
            // other users are not affected
            assertThat(new EngineRestClient(rest, "pengjiang01", "Demo@2026jm").getText("/task?firstResult=0&maxResults=1")
                    .getStatusCode().value()).isEqualTo(200);
        } finally {
            identityService.deleteUser(probe);
        }
    }

    @Test
    void the_password_policy_is_on_and_the_demo_password_meets_it() {
        assertThat(identityService.checkPasswordAgainstPolicy("Demo@2026jm").isValid()).isTrue();
        assertThat(identityService.checkPasswordAgainstPolicy("password").isValid()).isFalse();
        User weak = identityService.newUser("weak-password-probe");
        weak.setPassword("12345678");
        assertThatThrownBy(() -> identityService.saveUser(weak)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("policy");
        EngineRestClient admin = new EngineRestClient(rest, "admin", "Demo@2026jm");
        ResponseEntity<String> viaRest = admin.postForText("/user/create", Map.of(
                "profile", Map.of("id", "weak-rest-probe", "firstName", "弱", "lastName", "密码"),
                "credentials", Map.of("password", "abc")));
        assertThat(viaRest.getStatusCode().value()).isEqualTo(400);
        assertThat(viaRest.getBody()).contains("GC-REQ-004").contains("密码不符合密码策略");
        assertThat(identityService.createUserQuery().userId("weak-rest-probe").count()).isZero();
    }

    @Test
    void the_engine_runs_with_the_settings_issue_4_requires() {
        assertThat(engineConfiguration.isAuthorizationEnabled()).isTrue();
        assertThat(engineConfiguration.isEnableHistoricInstancePermissions()).isTrue();
        assertThat(engineConfiguration.getQueryMaxResultsLimit()).isEqualTo(2000);
        assertThat(engineConfiguration.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(engineConfiguration.isEnablePasswordPolicy()).isTrue();
        assertThat(engineConfiguration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(engineConfiguration.isConfigureScriptEngineHostAccess()).isFalse();
        assertThat(engineConfiguration.isEnableScriptEngineLoadExternalResources()).isFalse();
        assertThat(engineConfiguration.getDefaultUserPermissionForTask().getName()).isEqualTo("TASK_WORK");
        assertThat(engineConfiguration.getLoginMaxAttempts()).as("throttling left at Camunda's default").isEqualTo(10);
        assertThat(Permissions.ALL).isNotNull();
        // no script engine a model could use: scripts in BPMN/DMN cannot run at all
        ScriptEngineManager engines = new ScriptEngineManager();
        for (String language : List.of("groovy", "javascript", "js", "graal.js", "python", "ruby")) {
            assertThat(engines.getEngineByName(language)).as(language).isNull();
        }
    }
}
