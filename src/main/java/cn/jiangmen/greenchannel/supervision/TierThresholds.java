package cn.jiangmen.greenchannel.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The ledger (≥ 1亿元) and major-project (≥ 10亿元) boundaries, read from the latest deployed
 * {@code project-tier} decision - never a Java constant (domain.md §10.11). The boundary is the
 * smallest planned investment (万元, 1 … 100 000 000) the table classes LEDGER-or-MAJOR resp.
 * MAJOR, found by bisection over the table (tiers rise with the investment), so it holds however
 * an administrator writes the rule ({@code >= 10000}, {@code [10000..100000[} ...).
 *
 * <p>The table is evaluated by a standalone DMN engine on the deployed XML: nothing is written to
 * the engine's history. Results are cached per decision definition id, so a new version deployed
 * by an administrator is used at once.
 */
@Component
public class TierThresholds {

    public static final String DECISION = "project-tier";
    static final long MAX_INVESTMENT = 100_000_000L;

    /** Boundaries of one version of the table (万元). */
    public record Boundaries(String decisionDefinitionId, long ledger, long major) {
    }

    private final RepositoryService repositoryService;
    private final SystemQueries system;
    private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private volatile Boundaries cached;

    public TierThresholds(RepositoryService repositoryService, SystemQueries system) {
        this.repositoryService = repositoryService;
        this.system = system;
    }

    /** The boundaries of the latest version (read on behalf of the system, whoever asks). */
    public Boundaries current() {
        return system.asSystem(this::load);
    }

    private Boundaries load() {
        DecisionDefinition latest = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("decision " + DECISION + " is not deployed");
        }
        Boundaries b = cached;
        if (b != null && b.decisionDefinitionId().equals(latest.getId())) {
            return b;
        }
        DmnDecision decision;
        try (InputStream xml = repositoryService.getDecisionModel(latest.getId())) {
            decision = dmnEngine.parseDecision(DECISION, xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b = new Boundaries(latest.getId(), smallest(decision, "LEDGER", "MAJOR"), smallest(decision, "MAJOR"));
        cached = b;
        return b;
    }

    public long ledger() {
        return current().ledger();
    }

    public long major() {
        return current().major();
    }

    /** Smallest investment whose tier is one of {@code tiers}; MAX+1 when none is. */
    private long smallest(DmnDecision decision, String... tiers) {
        if (!isOneOf(tier(decision, MAX_INVESTMENT), tiers)) {
            return MAX_INVESTMENT + 1;
        }
        long low = 1;
        long high = MAX_INVESTMENT;
        while (low < high) {
            long mid = low + (high - low) / 2;
            if (isOneOf(tier(decision, mid), tiers)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    String tier(DmnDecision decision, long plannedInvestment) {
        var result = dmnEngine.evaluateDecisionTable(decision, Map.of("plannedInvestment", plannedInvestment))
                .getSingleResult();
        return result == null ? "" : String.valueOf((Object) result.getSingleEntry());
    }

    private static boolean isOneOf(String tier, String... tiers) {
        for (String t : tiers) {
            if (t.equals(tier)) {
                return true;
            }
        }
        return false;
    }
}
