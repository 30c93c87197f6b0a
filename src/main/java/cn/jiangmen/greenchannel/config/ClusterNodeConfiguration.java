package cn.jiangmen.greenchannel.config;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Names this node of a homogeneous cluster (several application instances, one database; see
 * docs/performance.md). With {@code greenchannel.cluster.node-id} (environment
 * {@code GREENCHANNEL_CLUSTER_NODE_ID}) set, the job executor locks jobs under that name
 * ({@code ACT_RU_JOB.LOCK_OWNER_}) and the engine reports it as its host name (job log
 * {@code HOSTNAME_}, metrics {@code REPORTER_}), so operators and the two-node check see which
 * node holds or ran a job. Unset (the default), the engine's own random lock owner is kept.
 */
@Configuration
public class ClusterNodeConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterNodeConfiguration.class);

    @Bean
    public AbstractProcessEnginePlugin clusterNodeName(@Value("${greenchannel.cluster.node-id:}") String nodeId) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                // before init(): the engine keeps a host name it was given (metrics reporter id)
                if (StringUtils.hasText(nodeId)) {
                    configuration.setHostname(nodeId);
                }
            }

            @Override
            public void postInit(ProcessEngineConfigurationImpl configuration) {
                // after every preInit: the starter's job configuration has set the job executor
                if (!StringUtils.hasText(nodeId)) {
                    return;
                }
                JobExecutor jobExecutor = configuration.getJobExecutor();
                if (jobExecutor != null) {
                    jobExecutor.setLockOwner(nodeId);
                }
                LOG.info("集群节点 (cluster node) '{}': job lock owner and engine host name", nodeId);
            }
        };
    }
}
