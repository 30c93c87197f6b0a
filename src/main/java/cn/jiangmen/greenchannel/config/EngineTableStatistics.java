package cn.jiangmen.greenchannel.config;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Planner statistics the engine's authorization checks need on PostgreSQL (docs/performance.md,
 * "Task list at 100,000 tasks"). Every authorized query joins ACT_RU_AUTHORIZATION filtered by
 * {@code PERMS_ & <bit> = <bit>}; without statistics on those expressions PostgreSQL guesses that a
 * few dozen rows match instead of thousands, and plans the join of tasks and grants as a nested
 * loop over all of them: the Tasklist count of 本部门待办 took 9.4 s at 20,000 tasks, 0.5 s with
 * these statistics. Created once (IF NOT EXISTS) when the application starts on PostgreSQL 14 or
 * later; a database user that does not own the engine's tables gets a warning with the statement for
 * the DBA instead.
 */
@Component
public class EngineTableStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(EngineTableStatistics.class);

    /** READ (2), READ_TASK (64), READ_INSTANCE (512), READ_HISTORY (4096): the bits read checks test. */
    static final String CREATE = "CREATE STATISTICS IF NOT EXISTS act_ru_auth_read_bits "
            + "ON (perms_ & 2), (perms_ & 64), (perms_ & 512), (perms_ & 4096) FROM act_ru_authorization";

    private final DataSource dataSource;

    public EngineTableStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener
    @Order(5)
    public void onEngineReady(PostDeployEvent event) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            if (!meta.getDatabaseProductName().toLowerCase().contains("postgres") || meta.getDatabaseMajorVersion() < 14) {
                return;
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                boolean exists;
                try (var rs = statement.executeQuery(
                        "SELECT 1 FROM pg_statistic_ext WHERE stxname = 'act_ru_auth_read_bits'")) {
                    exists = rs.next();
                }
                if (!exists) {
                    statement.execute(CREATE);
                    statement.execute("ANALYZE act_ru_authorization");
                    LOG.info("PostgreSQL statistics act_ru_auth_read_bits created for authorization checks");
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            LOG.warn("无法创建授权查询统计信息 (could not create planner statistics for authorization checks: {}). "
                    + "Ask the DBA to run: {}; ANALYZE act_ru_authorization;", e.getMessage(), CREATE);
        }
    }
}
