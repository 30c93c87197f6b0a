package cn.jiangmen.greenchannel.calendar;

import cn.jiangmen.greenchannel.common.IdempotentInsert;
import cn.jiangmen.greenchannel.config.FlywaySchemaConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Migration V2 on an empty database, read and replaced through the repository. Subclasses give the
 * database: H2 in PostgreSQL mode with either identifier setting, since the repository must work
 * with both.
 */
abstract class AbstractCalendarRepositoryTest {

    protected JdbcTemplate jdbc;
    private DataSource dataSource;
    private CalendarRepository repository;

    /** A new, empty database for one test. */
    abstract DataSource openDatabase();

    /** Throws the test's database away. */
    abstract void closeDatabase(JdbcTemplate jdbc);

    /** In-memory H2 as the application runs it (native mode); {@code settings} are appended to the URL. */
    static DataSource h2(String settings) {
        JdbcDataSource h2 = new JdbcDataSource();
        // DB_CLOSE_DELAY keeps the in-memory database between connections; a unique name per test.
        h2.setURL("jdbc:h2:mem:cal-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + settings);
        return h2;
    }

    @BeforeEach
    void migrate() {
        dataSource = openDatabase();
        Flyway.configure().dataSource(dataSource)
                .schemas(FlywaySchemaConfiguration.schemaFor(dataSource))
                .defaultSchema(FlywaySchemaConfiguration.schemaFor(dataSource))
                .load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        try {
            repository = new CalendarRepository(jdbc, new IdempotentInsert(dataSource));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void shutdown() {
        closeDatabase(jdbc);
    }

    @Test
    void migrationSeedsTheThreeOfficialYears() {
        List<CalendarDay> days = repository.findAllDays();
        assertThat(days).hasSize(108);
        assertThat(days.get(0)).isEqualTo(new CalendarDay(LocalDate.of(2024, 1, 1), DayKind.HOLIDAY, "元旦"));
        assertThat(days).contains(
                new CalendarDay(LocalDate.of(2026, 2, 14), DayKind.WORKDAY, "春节调休上班"),
                new CalendarDay(LocalDate.of(2026, 2, 23), DayKind.HOLIDAY, "春节"),
                new CalendarDay(LocalDate.of(2025, 10, 8), DayKind.HOLIDAY, "国庆节、中秋节"));
        assertThat(repository.findAllYears()).extracting(CalendarYear::year).containsExactly(2024, 2025, 2026);
        assertThat(repository.findYear(2025)).hasValueSatisfying(y -> {
            assertThat(y.source()).contains("国办发明电〔2024〕12号");
            assertThat(y.loadedAt()).isNotNull();
        });
        assertThat(repository.findYear(2027)).isEmpty();
    }

    @Test
    void everySeededAdjustedWorkdayIsAWeekendDay() {
        assertThat(repository.findAllDays()).filteredOn(d -> d.kind() == DayKind.WORKDAY)
                .hasSize(19)
                .allSatisfy(d -> assertThat(d.date().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void findsOneYearOnly() {
        List<CalendarDay> days = repository.findDaysOfYear(2026);
        assertThat(days).hasSize(39);
        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(days.get(days.size() - 1).date()).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void seededDatabaseAndMigrationFileGiveTheSameCalendar() {
        assertThat(repository.findAllDays()).containsExactlyInAnyOrderElementsOf(SeededCalendar.days());
    }

    @Test
    void replaceYearAddsThenReplacesAYear() {
        LocalDateTime first = LocalDateTime.of(2026, 11, 4, 10, 0);
        repository.replaceYear(2027, "国办发明电〔2026〕8号", List.of(
                new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦"),
                new CalendarDay(LocalDate.of(2027, 2, 20), DayKind.WORKDAY, "春节调休上班")), first);
        assertThat(repository.findDaysOfYear(2027)).extracting(CalendarDay::date)
                .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 20));
        assertThat(repository.findYear(2027)).contains(new CalendarYear(2027, "国办发明电〔2026〕8号", first));

        LocalDateTime second = LocalDateTime.of(2026, 11, 5, 9, 30);
        repository.replaceYear(2027, "国办发明电〔2026〕9号（更正）", List.of(
                new CalendarDay(LocalDate.of(2027, 10, 1), DayKind.HOLIDAY, "国庆节")), second);
        assertThat(repository.findDaysOfYear(2027)).containsExactly(
                new CalendarDay(LocalDate.of(2027, 10, 1), DayKind.HOLIDAY, "国庆节"));
        assertThat(repository.findYear(2027)).contains(new CalendarYear(2027, "国办发明电〔2026〕9号（更正）", second));
        assertThat(repository.findAllDays()).as("other years untouched").hasSize(109);
    }

    @Test
    void replaceInAFailedTransactionLeavesTheYearAsItWas() {
        var tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            repository.replaceYear(2026, "错误", List.of(), LocalDateTime.of(2026, 11, 4, 10, 0));
            throw new IllegalStateException("later step failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(repository.findDaysOfYear(2026)).hasSize(39);
        assertThat(repository.findYear(2026)).hasValueSatisfying(y -> assertThat(y.source()).doesNotContain("错误"));
    }

    @Test
    void tableRefusesUnknownKinds() {
        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO greenchannel.calendar_day (cal_date, kind, name) VALUES (DATE '2027-01-01', 'festival', '元旦')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void serviceOverTheDatabase() {
        CalendarService service = new CalendarService(repository);
        assertThat(service.calendar().addWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(service.calendar().hasDataFor(2027)).isFalse();

        service.replaceYear(2027, new CalendarYearUpdate("国办发明电〔2026〕8号", List.of(
                new CalendarYearUpdate.Entry("2027-01-01", "holiday", "元旦"))), "admin");

        assertThat(service.calendar().hasDataFor(2027)).isTrue();
        assertThat(service.calendar().addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(service.year(2027).days()).containsExactly(new CalendarYearView.Day("2027-01-01", "holiday", "元旦"));
    }
}
