package cn.jiangmen.greenchannel.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Builds "insert this row unless its key exists" for the database in use. A caught unique-key
 * error is no option: on PostgreSQL it aborts the engine's whole transaction. PostgreSQL gets
 * {@code ON CONFLICT DO NOTHING} (safe under concurrency); the embedded H2, which runs the engine
 * only in its native mode, gets the standard {@code MERGE ... WHEN NOT MATCHED}.
 */
@Component
public class IdempotentInsert {

    private final boolean postgres;

    public IdempotentInsert(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** SQL with one {@code ?} per column, in the given order; returns 1 row inserted or 0. */
    public String sql(String table, List<String> columns, List<String> keyColumns) {
        String columnList = String.join(", ", columns);
        String params = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        if (postgres) {
            return "INSERT INTO " + table + " (" + columnList + ") VALUES (" + params + ") ON CONFLICT DO NOTHING";
        }
        String on = keyColumns.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
        String values = columns.stream().map(c -> "s." + c).collect(Collectors.joining(", "));
        return "MERGE INTO " + table + " t USING (VALUES (" + params + ")) AS s(" + columnList + ") ON " + on
                + " WHEN NOT MATCHED THEN INSERT (" + columnList + ") VALUES (" + values + ")";
    }
}
