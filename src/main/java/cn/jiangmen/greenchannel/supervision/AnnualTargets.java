package cn.jiangmen.greenchannel.supervision;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The annual targets of domain.md §7 as data: decision {@code annual-targets} (latest version) by
 * year - manufacturing planned investment (万元), count of major projects, key-chain share.
 */
@Component
public class AnnualTargets {

    public static final String DECISION = "annual-targets";

    public record Targets(long manufacturingInvestment, long majorProjects, double keyChainShare) {
    }

    private final DecisionService decisionService;
    private final SystemQueries system;

    public AnnualTargets(DecisionService decisionService, SystemQueries system) {
        this.decisionService = decisionService;
        this.system = system;
    }

    public Targets of(int year) {
        Map<String, Object> row = system.<Map<String, Object>>asSystem(() -> decisionService
                .evaluateDecisionTableByKey(DECISION, Map.<String, Object>of("year", year)).getSingleResult());
        if (row == null) {
            throw new IllegalStateException("decision " + DECISION + " has no row for " + year);
        }
        return new Targets(((Number) row.get("manufacturingInvestmentTarget")).longValue(),
                ((Number) row.get("majorProjectTarget")).longValue(),
                ((Number) row.get("keyChainShareTarget")).doubleValue());
    }
}
