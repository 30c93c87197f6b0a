package cn.jiangmen.greenchannel.administration;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.lead;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.LifecycleDriver;
import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * docs/administration.md, "Changing a policy number": the administrator lowers the 重大项目 threshold
 * of {@code project-tier} from 10亿元 to 5亿元 and deploys that one table. Decisions made after the
 * deployment use it (the lifecycle calls decisions with binding "latest"); decisions already made
 * stay as recorded — on the project, in the process variables and in the decision history
 * (domain.md §10.11, §10.20).
 */
@IntegrationTest
@SpringBootTest
class DecisionTableChangeTest {

    /** 6亿元: 亿元以上项目 under the shipped table, 重大项目 under the changed one. */
    private static final long SIX_HUNDRED_MILLION_YUAN = 60000;

    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;

    private ModelChanges changes;
    private LifecycleDriver driver;

    @BeforeEach
    void setUp() {
        changes = new ModelChanges(engine.getRepositoryService());
        driver = new LifecycleDriver(engine);
    }

    @AfterEach
    void cleanUp() {
        changes.close();
    }

    @Test
    void a_lowered_major_threshold_applies_to_projects_registered_afterwards_and_earlier_tiers_stay_recorded() {
        DecisionDefinition shipped = latestTierTable();
        ProcessInstance earlier = driver.start(lead("taishan", SIX_HUNDRED_MILLION_YUAN));
        assertThat(tierOf(earlier)).isEqualTo("LEDGER");

        UnaryOperator<String> lowerThreshold = ModelChanges.replaceOnce("<text>&gt;= 100000</text>", "<text>&gt;= 50000</text>")
                .andThen(ModelChanges.replaceOnce("<text>[10000..100000[</text>", "<text>[10000..50000[</text>"))::apply;
        Deployment deployment = changes.deployChangedDecision("bpmn/project-tier.dmn", lowerThreshold,
                "project-tier 重大项目门槛调整为5亿元");
        DecisionDefinition changed = latestTierTable();
        assertThat(changed.getDeploymentId()).isEqualTo(deployment.getId());
        assertThat(changed.getVersion()).isEqualTo(shipped.getVersion() + 1);
        // the process models were not redeployed
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment.getId()).count())
                .isZero();

        ProcessInstance later = driver.start(lead("taishan", SIX_HUNDRED_MILLION_YUAN));
        assertThat(tierOf(later)).isEqualTo("MAJOR");
        assertThat(engine.getRuntimeService().getVariable(later.getId(), APPOINTING_GROUP))
                .isEqualTo("city-investment-centre");
        assertThat(driver.candidateGroups(driver.task(later, Element.ACKNOWLEDGE_LEAD))).containsExactly("county-taishan");

        // the decision made before the deployment stays as it was made
        assertThat(tierOf(earlier)).isEqualTo("LEDGER");
        assertThat(engine.getRuntimeService().getVariable(earlier.getId(), APPOINTING_GROUP)).isEqualTo("county-taishan");
        driver.complete(earlier, Element.ACKNOWLEDGE_LEAD, cn.jiangmen.greenchannel.support.LeadSamples.of(
                LEAD_OWNER, "taishan01"));
        assertThat(tierOf(earlier)).as("routing facts re-derived from the record keep the recorded tier")
                .isEqualTo("LEDGER");

        // and the audit trail says when each project was classified, with which tier
        assertThat(classifications(earlier)).containsExactly("LEDGER");
        assertThat(classifications(later)).containsExactly("MAJOR");
    }

    /**
     * The audit rows of the tier decision. The engine's own decision history is not kept at the
     * history level this application runs with (AUDIT: the engine records decision instances only
     * at FULL), so the project record and its audit log are where a decision stays recorded.
     */
    private List<String> classifications(ProcessInstance pi) {
        return jdbc.queryForList("SELECT after_value FROM greenchannel.audit_log WHERE project_code = ? "
                + "AND action = 'TIER_CLASSIFIED' ORDER BY id", String.class, driver.code(pi));
    }

    private DecisionDefinition latestTierTable() {
        return engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(LifecycleProcess.TIER_DECISION).latestVersion().singleResult();
    }

    /** The tier as recorded on the project and as the process carries it; they must agree. */
    private String tierOf(ProcessInstance pi) {
        String code = driver.code(pi);
        String recorded = jdbc.queryForObject("SELECT tier FROM greenchannel.project WHERE project_code = ?",
                String.class, code);
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), TIER)).as("variable tier of " + code)
                .isEqualTo(recorded);
        return recorded;
    }
}
