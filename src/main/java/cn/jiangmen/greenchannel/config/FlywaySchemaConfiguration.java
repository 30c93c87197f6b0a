package cn.jiangmen.greenchannel.config;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our tables live in schema greenchannel, apart from the engine's. Flyway quotes the schema name
 * while our SQL does not: PostgreSQL folds unquoted names to lower case, H2 (native mode, which the
 * engine needs) to upper case, so the schema is created in the case each database folds to.
 */
@Configuration
public class FlywaySchemaConfiguration {

    public static final String SCHEMA = "greenchannel";

    @Bean
    public FlywayConfigurationCustomizer greenChannelSchema() {
        return configuration -> {
            String schema = schemaFor(configuration.getDataSource());
            configuration.schemas(schema).defaultSchema(schema);
        };
    }

    /** The schema name as Flyway must create it on this database. */
    public static String schemaFor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().storesUpperCaseIdentifiers() ? SCHEMA.toUpperCase() : SCHEMA;
        } catch (SQLException e) {
            throw new IllegalStateException("数据库连接失败 (cannot inspect the database)", e);
        }
    }
}
