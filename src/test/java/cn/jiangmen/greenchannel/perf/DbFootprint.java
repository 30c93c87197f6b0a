package cn.jiangmen.greenchannel.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the database holds, by area, on PostgreSQL: the engine's history (ACT_HI_* plus history
 * byte arrays), its runtime (ACT_RU_* plus runtime byte arrays), and our business tables (schema
 * greenchannel). Two measures: the live rows' own bytes ({@code pg_column_size} of each row, what
 * a project really leaves behind) and table + index + TOAST size on disk (which also holds free
 * space left by deleted runtime rows until VACUUM reuses it).
 */
public final class DbFootprint {

    public record Area(long rowBytes, long diskBytes, long rows) {
        Area minus(Area o) {
            return new Area(rowBytes - o.rowBytes, diskBytes - o.diskBytes, rows - o.rows);
        }
    }

    public final Map<String, Area> areas;
    public final Map<String, Long> diskByTable;

    private DbFootprint(Map<String, Area> areas, Map<String, Long> diskByTable) {
        this.areas = areas;
        this.diskByTable = diskByTable;
    }

    public static DbFootprint measure(String url, String user, String password) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            return measure(db);
        }
    }

    public static DbFootprint measure(Connection db) throws SQLException {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, Long> disk = new TreeMap<>();
        for (String area : new String[] {"history", "runtime", "business", "other"}) {
            sums.put(area, new long[3]);
        }
        try (PreparedStatement ps = db.prepareStatement("SELECT n.nspname, c.relname, pg_total_relation_size(c.oid) "
                + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE c.relkind = 'r' AND n.nspname IN ('public', 'greenchannel')");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String schema = rs.getString(1);
                String table = rs.getString(2);
                long size = rs.getLong(3);
                disk.put(schema + "." + table, size);
                String area = areaOf(schema, table);
                if (area != null) {
                    sums.get(area)[1] += size;
                }
            }
        }
        for (String qualified : disk.keySet()) {
            String schema = qualified.substring(0, qualified.indexOf('.'));
            String table = qualified.substring(qualified.indexOf('.') + 1);
            if (table.equals("act_ge_bytearray")) {
                // split the byte arrays by their type: 1 deployment, 2 runtime, 3 history
                try (PreparedStatement ps = db.prepareStatement("SELECT type_, COALESCE(SUM(pg_column_size(b.*)), 0), "
                        + "COUNT(*) FROM act_ge_bytearray b GROUP BY type_");
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String area = rs.getInt(1) == 3 ? "history" : rs.getInt(1) == 2 ? "runtime" : "other";
                        sums.get(area)[0] += rs.getLong(2);
                        sums.get(area)[2] += rs.getLong(3);
                    }
                }
                continue;
            }
            String area = areaOf(schema, table);
            if (area == null) {
                continue;
            }
            try (PreparedStatement ps = db.prepareStatement("SELECT COALESCE(SUM(pg_column_size(t.*)), 0), COUNT(*) FROM "
                    + schema + "." + table + " t"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                sums.get(area)[0] += rs.getLong(1);
                sums.get(area)[2] += rs.getLong(2);
            }
        }
        Map<String, Area> areas = new LinkedHashMap<>();
        sums.forEach((k, v) -> areas.put(k, new Area(v[0], v[1], v[2])));
        return new DbFootprint(areas, disk);
    }

    private static String areaOf(String schema, String table) {
        if (schema.equals("greenchannel")) {
            return table.startsWith("flyway") ? "other" : "business";
        }
        if (table.startsWith("act_hi_")) {
            return "history";
        }
        if (table.startsWith("act_ru_")) {
            return "runtime";
        }
        if (table.equals("act_ge_bytearray")) {
            return null; // split by type above (disk size counted in "other")
        }
        return "other";
    }

    public Map<String, Area> minus(DbFootprint before) {
        Map<String, Area> out = new LinkedHashMap<>();
        areas.forEach((k, v) -> out.put(k, v.minus(before.areas.get(k))));
        return out;
    }
}
