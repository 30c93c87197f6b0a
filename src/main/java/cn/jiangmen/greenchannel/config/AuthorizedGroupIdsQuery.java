package cn.jiangmen.greenchannel.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;

/**
 * With authorization on, every engine command of a logged-in user first asks for the distinct group
 * ids that hold any authorization ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}):
 * a read of the whole table, which per-project grants grow with every task and project. At 350,000
 * authorizations (100,000 open tasks) that took 40–70 ms of every REST call. On PostgreSQL this
 * plugin maps the statement to an equivalent loose index scan (db/mybatis/authorized-group-ids.xml),
 * about 1–2 ms whatever the table's size (docs/performance.md). Other databases keep the engine's.
 */
@org.springframework.context.annotation.Configuration
public class AuthorizedGroupIdsQuery {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizedGroupIdsQuery.class);
    static final String ENGINE_STATEMENT = "selectAuthorizedGroupIds";
    static final String NAMESPACE = "cn.jiangmen.greenchannel.config.AuthorizedGroupIds";
    static final String STATEMENT = "selectAuthorizedGroupIdsLooseIndexScan";
    static final String MAPPER = "db/mybatis/authorized-group-ids.xml";

    @Bean
    public AbstractProcessEnginePlugin authorizedGroupIdsLooseIndexScan() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void postInit(ProcessEngineConfigurationImpl engine) {
                if (!DbSqlSessionFactory.POSTGRES.equals(engine.getDatabaseType())) {
                    return;
                }
                Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
                synchronized (mybatis) { // a SqlSessionFactory may be shared by engines of one JVM
                    if (!mybatis.hasStatement(NAMESPACE + "." + STATEMENT, false)) {
                        try (InputStream xml = AuthorizedGroupIdsQuery.class.getClassLoader().getResourceAsStream(MAPPER)) {
                            if (xml == null) {
                                throw new IllegalStateException(MAPPER + " is missing");
                            }
                            new XMLMapperBuilder(xml, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
                Map<String, String> mappings = new HashMap<>();
                if (sessions.getStatementMappings() != null) {
                    mappings.putAll(sessions.getStatementMappings());
                }
                mappings.put(ENGINE_STATEMENT, NAMESPACE + "." + STATEMENT);
                sessions.setStatementMappings(mappings);
                LOG.info("authorized group ids: loose index scan on PostgreSQL ({})", MAPPER);
            }
        };
    }
}
