package cn.jiangmen.greenchannel.organisation;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.ProjectSetup;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Per-project grants: own county, departments with a task, and moving them on transfer. */
@IntegrationTest
@SpringBootTest
class ProjectGrantsTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired AuthorizationInitializer initializer;
    @Autowired ProjectGrants projectGrants;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProjectGrantsBackfill backfill;

    ProjectSetup setup;

    @BeforeEach
    void setUp() {
        setup = new ProjectSetup(engine);
    }

    @AfterEach
    void logout() {
        identityService.clearAuthentication();
    }

    private void loginAs(String user) {
        ProjectSetup.login(identityService, user);
    }

    private boolean seesInstance(String user, ProcessInstance pi) {
        loginAs(user);
        try {
            return runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 1;
        } finally {
            identityService.clearAuthentication();
        }
    }

    private boolean seesHistory(String user, ProcessInstance pi) {
        loginAs(user);
        try {
            return historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).count() == 1
                    && historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).count() > 0;
        } finally {
            identityService.clearAuthentication();
        }
    }

    private long tasksSeen(String user, ProcessInstance pi) {
        loginAs(user);
        try {
            return taskService.createTaskQuery().processInstanceId(pi.getId()).count();
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void start_up_grants_are_idempotent() {
        long before = authorizationService.createAuthorizationQuery().count();
        initializer.onEngineReady(null);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(before);
        // a county opens Cockpit for its report pages (domain.md §10.19) but not Admin; only administrators deploy
        assertThat(authorizationService.isUserAuthorized("pengjiang01", List.of("county-pengjiang"),
                org.camunda.bpm.engine.authorization.Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
        assertThat(authorizationService.isUserAuthorized("pengjiang01", List.of("county-pengjiang"),
                org.camunda.bpm.engine.authorization.Permissions.ACCESS, Resources.APPLICATION, "admin")).isFalse();
        assertThat(authorizationService.isUserAuthorized("ziran01", List.of("dept-natural-resources"),
                org.camunda.bpm.engine.authorization.Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.DEPLOYMENT)
                .hasPermission(org.camunda.bpm.engine.authorization.Permissions.CREATE).unlimitedList())
                .extracting(Authorization::getGroupId).containsOnly("camunda-admin");
    }

    @Test
    void a_county_reads_its_own_projects_and_nothing_of_another_countys() {
        ProcessInstance mine = setup.register("pengjiang", 20000);
        ProcessInstance theirs = setup.register("jianghai", 20000);

        assertThat(seesInstance("pengjiang01", mine)).isTrue();
        assertThat(seesHistory("pengjiang01", mine)).isTrue();
        assertThat(seesInstance("pengjiang01", theirs)).isFalse();
        assertThat(seesHistory("pengjiang01", theirs)).isFalse();
        assertThat(tasksSeen("pengjiang01", theirs)).isZero();
        assertThat(seesInstance("jianghai02", theirs)).isTrue();
        // the city centre, leaders and managers read everything
        for (String reader : List.of("zhongxin01", "lingdao01", "guanli01")) {
            assertThat(seesInstance(reader, mine)).as(reader).isTrue();
            assertThat(seesHistory(reader, theirs)).as(reader).isTrue();
            assertThat(tasksSeen(reader, theirs)).as(reader).isEqualTo(1);
        }
    }

    @Test
    void a_department_reads_a_project_once_it_has_a_task_on_it_and_keeps_reading_it() {
        ProcessInstance pi = setup.register("xinhui", 30000);
        assertThat(seesInstance("ziran01", pi)).isFalse();
        setup.complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "xinhui01"));
        setup.complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
        setup.complete(pi, Element.APPOINT_COMMISSIONER, of(COMMISSIONER_ID, "xinhui02"));
        setup.complete(pi, Element.NEGOTIATE, of(NEGOTIATION_OUTCOME, "AGREED"));

        assertThat(seesInstance("ziran01", pi)).isTrue();
        assertThat(tasksSeen("ziran01", pi)).as("only its own review task").isEqualTo(1);
        assertThat(seesInstance("zhujian01", pi)).as("a department without a task").isFalse();
        // the owner county sees every task of its project, the departments' included
        assertThat(tasksSeen("xinhui01", pi)).isEqualTo(4);

        // a department cannot complete another department's opinion
        Task ecology = setup.task(pi, Element.REVIEW_ECOLOGY_ENVIRONMENT);
        loginAs("ziran01");
        assertThatThrownBy(() -> taskService.complete(ecology.getId(), of(REVIEW_OPINION, "AGREE")))
                .isInstanceOf(AuthorizationException.class);
        identityService.clearAuthentication();

        setup.complete(pi, Element.REVIEW_NATURAL_RESOURCES, of(REVIEW_OPINION, "AGREE"));
        assertThat(seesInstance("ziran01", pi)).as("had a task on it").isTrue();
        assertThat(seesHistory("ziran01", pi)).isTrue();
        assertThat(tasksSeen("ziran01", pi)).isZero();
    }

    @Test
    void moving_a_project_moves_instance_grants_and_removes_the_old_countys_task_grants() {
        ProcessInstance pi = setup.register("kaiping", 20000);
        String code = setup.code(pi);
        Task ack = setup.task(pi, Element.ACKNOWLEDGE_LEAD);
        // the transfer moves the candidate group; removing it leaves the engine's task grant behind
        taskService.deleteCandidateGroup(ack.getId(), "county-kaiping");
        taskService.addCandidateGroup(ack.getId(), "county-heshan");
        assertThat(tasksSeen("kaiping01", pi)).as("leftover task grant (camunda-notes)").isEqualTo(1);

        ProjectGrants.Moved moved = projectGrants.moveProjectGrants(code, "county-kaiping", "county-heshan");

        assertThat(moved.processInstanceIds()).containsExactly(pi.getId());
        assertThat(moved.taskGrantsRemoved()).isEqualTo(1);
        assertThat(seesInstance("kaiping01", pi)).isFalse();
        assertThat(seesHistory("kaiping01", pi)).isFalse();
        assertThat(tasksSeen("kaiping01", pi)).isZero();
        loginAs("kaiping01");
        assertThatThrownBy(() -> taskService.complete(ack.getId(), of(LEAD_OWNER, "kaiping01")))
                .isInstanceOf(AuthorizationException.class);
        identityService.clearAuthentication();

        assertThat(seesInstance("heshan01", pi)).isTrue();
        assertThat(seesHistory("heshan01", pi)).isTrue();
        loginAs("heshan01");
        taskService.complete(ack.getId(), of(LEAD_OWNER, "heshan01"));
        identityService.clearAuthentication();
        assertThat(jdbc.queryForList("SELECT after_value FROM greenchannel.audit_log WHERE project_code = ? "
                + "AND action = 'ACCESS_MOVED'", String.class, code)).containsExactly("county-heshan");
    }

    @Test
    void projects_from_before_authorization_get_their_grants_once() {
        ProcessInstance pi = setup.register("taishan", 20000);
        Task ack = setup.task(pi, Element.ACKNOWLEDGE_LEAD);
        // as a database from before issue 4: no grants on the project's instance, history or task
        for (String resourceId : List.of(pi.getId(), ack.getId())) {
            authorizationService.createAuthorizationQuery().resourceId(resourceId).unlimitedList()
                    .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
        }
        assertThat(seesInstance("taishan01", pi)).isFalse();
        assertThat(tasksSeen("taishan01", pi)).isZero();
        engine.getManagementService().deleteProperty(ProjectGrantsBackfill.DONE_PROPERTY);

        backfill.onEngineReady(null);

        assertThat(engine.getManagementService().getProperties()).containsKey(ProjectGrantsBackfill.DONE_PROPERTY);
        assertThat(seesInstance("taishan01", pi)).isTrue();
        assertThat(seesHistory("taishan01", pi)).isTrue();
        assertThat(seesInstance("kaiping01", pi)).isFalse();
        loginAs("taishan01");
        taskService.complete(ack.getId(), of(LEAD_OWNER, "taishan01"));
        identityService.clearAuthentication();
    }

    @Test
    void withdrawn_candidates_keep_reading_the_task_but_cannot_work_it_until_they_are_candidates_again() {
        ProcessInstance pi = setup.register("xinhui", 20000);
        Task ack = setup.task(pi, Element.ACKNOWLEDGE_LEAD);
        taskService.deleteCandidateGroup(ack.getId(), "county-xinhui");
        projectGrants.withdrawTaskWork(ack.getId(), "county-xinhui", null);

        assertThat(tasksSeen("xinhui01", pi)).isEqualTo(1);
        loginAs("xinhui01");
        assertThatThrownBy(() -> taskService.claim(ack.getId(), "xinhui01")).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.complete(ack.getId(), of(LEAD_OWNER, "xinhui01")))
                .isInstanceOf(AuthorizationException.class);
        identityService.clearAuthentication();

        taskService.addCandidateGroup(ack.getId(), "county-xinhui");
        loginAs("xinhui01");
        taskService.complete(ack.getId(), of(LEAD_OWNER, "xinhui01"));
        identityService.clearAuthentication();
    }

    @Test
    void a_dropped_task_grant_is_gone_for_that_user() {
        ProcessInstance pi = setup.atReview("heshan");
        Task review = setup.task(pi, Element.REVIEW_NATURAL_RESOURCES);
        taskService.setAssignee(review.getId(), "ziran01");
        taskService.setAssignee(review.getId(), null);
        taskService.deleteCandidateGroup(review.getId(), "dept-natural-resources");
        projectGrants.dropTaskGrant(review.getId(), null, "ziran01");
        projectGrants.dropTaskGrant(review.getId(), "dept-natural-resources", null);
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(review.getId()).userIdIn("ziran01").count()).isZero();
        assertThat(tasksSeen("ziran01", pi)).isZero();
    }

    @Test
    void a_shared_filter_made_by_any_start_up_listener_is_readable_by_the_workers() {
        org.camunda.bpm.engine.FilterService filters = engine.getFilterService();
        org.camunda.bpm.engine.filter.Filter shared = filters.newTaskFilter("测试共享过滤器");
        shared.setQuery(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
        filters.saveFilter(shared);
        try {
            initializer.onApplicationReady();
            for (String group : List.of("county-enping", "dept-commerce", "chain-agri-food", "city-investment-centre")) {
                assertThat(authorizationService.isUserAuthorized("probe", List.of(group),
                        org.camunda.bpm.engine.authorization.Permissions.READ, Resources.FILTER, shared.getId()))
                        .as(group).isTrue();
            }
            assertThat(authorizationService.isUserAuthorized("probe", List.of("managers"),
                    org.camunda.bpm.engine.authorization.Permissions.READ, Resources.FILTER, shared.getId()))
                    .as("managers have no Tasklist").isFalse();
        } finally {
            filters.deleteFilter(shared.getId());
        }
    }
}
