package cn.jiangmen.greenchannel.calendar;

import cn.jiangmen.greenchannel.common.IdempotentInsert;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Reads and replaces {@code greenchannel.calendar_day} / {@code calendar_year}, in the caller's
 * transaction. Tables are named with their schema so nothing depends on the connection's search
 * path (the engine shares the connection).
 *
 * <p>The schema name is quoted: Flyway creates it quoted (lower case), and H2 without
 * {@code DATABASE_TO_LOWER} would otherwise look for {@code GREENCHANNEL}. Quoted lower case is
 * the same name on PostgreSQL, so this SQL runs on both whatever the H2 URL says.
 */
@Repository
public class CalendarRepository {

    private static final RowMapper<CalendarDay> DAY = (rs, i) -> new CalendarDay(
            rs.getObject("cal_date", LocalDate.class),
            DayKind.fromCode(rs.getString("kind")),
            rs.getString("name"));

    private static final RowMapper<CalendarYear> YEAR = (rs, i) -> new CalendarYear(
            rs.getInt("cal_year"),
            rs.getString("source"),
            rs.getObject("loaded_at", LocalDateTime.class));

    private static final String DAYS = "greenchannel.calendar_day";
    private static final String YEARS = "greenchannel.calendar_year";

    private final JdbcTemplate jdbc;
    private final String insertYear;

    public CalendarRepository(JdbcTemplate jdbc, IdempotentInsert idempotent) {
        this.jdbc = jdbc;
        this.insertYear = idempotent.sql(YEARS, List.of("cal_year", "source", "loaded_at"), List.of("cal_year"));
    }

    public List<CalendarDay> findAllDays() {
        return jdbc.query("SELECT cal_date, kind, name FROM " + DAYS + " ORDER BY cal_date", DAY);
    }

    public List<CalendarDay> findDaysOfYear(int year) {
        return jdbc.query("SELECT cal_date, kind, name FROM " + DAYS
                        + " WHERE cal_date >= ? AND cal_date < ? ORDER BY cal_date",
                DAY, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    public List<CalendarYear> findAllYears() {
        return jdbc.query("SELECT cal_year, source, loaded_at FROM " + YEARS + " ORDER BY cal_year", YEAR);
    }

    public Optional<CalendarYear> findYear(int year) {
        return jdbc.query("SELECT cal_year, source, loaded_at FROM " + YEARS + " WHERE cal_year = ?",
                YEAR, year).stream().findFirst();
    }

    /**
     * Replaces every row dated in {@code year} and marks the year as having official data. Must run
     * inside a transaction so readers never see the year half-replaced. The caller has validated
     * that all {@code days} lie in {@code year}.
     */
    public void replaceYear(int year, String source, List<CalendarDay> days, LocalDateTime loadedAt) {
        // The year row first: its UPDATE locks it, so two administrators saving the same year run one
        // after the other (last one wins) instead of colliding on the day rows. An idempotent insert
        // rather than a caught duplicate-key error, which would abort the transaction on PostgreSQL.
        jdbc.update(insertYear, year, source, loadedAt);
        jdbc.update("UPDATE " + YEARS + " SET source = ?, loaded_at = ? WHERE cal_year = ?", source, loadedAt, year);
        jdbc.update("DELETE FROM " + DAYS + " WHERE cal_date >= ? AND cal_date < ?",
                LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        jdbc.batchUpdate("INSERT INTO " + DAYS + " (cal_date, kind, name) VALUES (?, ?, ?)",
                days.stream().map(d -> new Object[] {d.date(), d.kind().code(), d.name()}).toList());
    }
}
