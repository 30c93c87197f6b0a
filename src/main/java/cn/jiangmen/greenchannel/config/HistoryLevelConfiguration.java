package cn.jiangmen.greenchannel.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the history level {@link GreenChannelHistoryLevel} ("greenchannel") known to the engine.
 * Which level a database uses is chosen by {@code camunda.bpm.history-level}: the PostgreSQL
 * profile uses "greenchannel", the embedded H2 default keeps "audit".
 */
@Configuration
public class HistoryLevelConfiguration {

    @Bean
    public AbstractProcessEnginePlugin greenChannelHistoryLevelPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<HistoryLevel> levels = configuration.getCustomHistoryLevels();
                if (levels == null) {
                    levels = new ArrayList<>();
                    configuration.setCustomHistoryLevels(levels);
                }
                if (levels.stream().noneMatch(l -> l.getId() == GreenChannelHistoryLevel.ID)) {
                    levels.add(new GreenChannelHistoryLevel());
                }
            }
        };
    }
}
