package cn.jiangmen.greenchannel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class CalendarServiceTest {

    private CalendarRepository repository;
    private CalendarService service;
    /** What the mocked tables hold; replaceYear writes into it like the real repository. */
    private final List<CalendarDay> storedDays = new ArrayList<>();
    private final List<CalendarYear> storedYears = new ArrayList<>();

    @BeforeEach
    void setUp() {
        storedDays.addAll(SeededCalendar.days());
        SeededCalendar.years().forEach(y -> storedYears.add(new CalendarYear(y, "notice " + y, LocalDateTime.of(2025, 11, 5, 9, 0))));
        repository = mock(CalendarRepository.class);
        when(repository.findAllDays()).thenAnswer(i -> List.copyOf(storedDays));
        when(repository.findAllYears()).thenAnswer(i -> List.copyOf(storedYears));
        org.mockito.Mockito.doAnswer(i -> {
            int year = i.getArgument(0);
            storedDays.removeIf(d -> d.date().getYear() == year);
            storedDays.addAll(i.getArgument(2));
            storedYears.removeIf(y -> y.year() == year);
            storedYears.add(new CalendarYear(year, i.getArgument(1), i.getArgument(3)));
            return null;
        }).when(repository).replaceYear(anyInt(), anyString(), anyList(), any());
        service = new CalendarService(repository);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private static CalendarYearUpdate.Entry e(String date, String kind, String name) {
        return new CalendarYearUpdate.Entry(date, kind, name);
    }

    private static CalendarYearUpdate update2027(CalendarYearUpdate.Entry... extra) {
        List<CalendarYearUpdate.Entry> days = new ArrayList<>(List.of(
                e("2027-01-01", "holiday", "元旦"),
                e("2027-02-06", "holiday", "春节"), // a holiday on a Saturday is allowed
                e("2027-02-08", "holiday", "春节"),
                e("2027-02-20", "workday", "春节调休上班")));
        days.addAll(Arrays.asList(extra));
        return new CalendarYearUpdate("  国办发明电〔2026〕8号  ", days);
    }

    private void assertRefused(int year, CalendarYearUpdate update, String code) {
        assertThatThrownBy(() -> service.replaceYear(year, update, "admin"))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, ex -> {
                    assertThat(ex.code()).isEqualTo(code);
                    assertThat(ex.chineseMessage()).matches(".*[\\u4e00-\\u9fa5].*");
                });
        verify(repository, never()).replaceYear(anyInt(), anyString(), anyList(), any());
    }

    @Test
    void validYearIsStoredTrimmedAndTheCalendarReloaded() {
        assertThat(service.calendar().isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(service.calendar().hasDataFor(2027)).isFalse();

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-04T02:00:00Z")));
        service.replaceYear(2027, update2027(), "admin");

        verify(repository).replaceYear(eq(2027), eq("国办发明电〔2026〕8号"), eq(List.of(
                new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦"),
                new CalendarDay(LocalDate.of(2027, 2, 6), DayKind.HOLIDAY, "春节"),
                new CalendarDay(LocalDate.of(2027, 2, 8), DayKind.HOLIDAY, "春节"),
                new CalendarDay(LocalDate.of(2027, 2, 20), DayKind.WORKDAY, "春节调休上班"))),
                eq(LocalDateTime.of(2026, 11, 4, 10, 0)));
        WorkingDayCalendar reloaded = service.calendar();
        assertThat(reloaded.hasDataFor(2027)).isTrue();
        assertThat(reloaded.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(reloaded.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(reloaded.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
    }

    @Test
    void calendarIsCachedBetweenCalls() {
        service.calendar();
        service.calendar();
        verify(repository, times(1)).findAllDays();
    }

    @Test
    void reloadWaitsForTheCommit() {
        service.calendar();
        TransactionSynchronizationManager.initSynchronization();
        service.replaceYear(2027, update2027(), "admin");
        assertThat(service.calendar().hasDataFor(2027)).as("not before commit").isFalse();

        List<TransactionSynchronization> syncs = TransactionSynchronizationManager.getSynchronizations();
        syncs.forEach(TransactionSynchronization::afterCommit);
        assertThat(service.calendar().hasDataFor(2027)).isTrue();
    }

    @Test
    void unsupportedYear() {
        assertRefused(1999, update2027(), "GC-CAL-008");
        assertRefused(2100, update2027(), "GC-CAL-008");
    }

    @Test
    void missingDays() {
        assertRefused(2027, null, "GC-CAL-007");
        assertRefused(2027, new CalendarYearUpdate("国办发明电〔2026〕8号", null), "GC-CAL-007");
        assertRefused(2027, new CalendarYearUpdate("国办发明电〔2026〕8号", List.of()), "GC-CAL-007");
    }

    @Test
    void missingOrOverlongSource() {
        assertRefused(2027, new CalendarYearUpdate(null, update2027().days()), "GC-CAL-006");
        assertRefused(2027, new CalendarYearUpdate("   ", update2027().days()), "GC-CAL-006");
        assertRefused(2027, new CalendarYearUpdate("文".repeat(201), update2027().days()), "GC-CAL-006");
    }

    @Test
    void dateOutsideTheYearOrUnreadable() {
        assertRefused(2027, update2027(e("2026-12-31", "holiday", "元旦")), "GC-CAL-002");
        assertRefused(2027, update2027(e("2028-01-01", "holiday", "元旦")), "GC-CAL-002");
        assertRefused(2027, update2027(e("2027-13-01", "holiday", "元旦")), "GC-CAL-002");
        assertRefused(2027, update2027(e("2027/10/01", "holiday", "国庆节")), "GC-CAL-002");
        assertRefused(2027, update2027(e(null, "holiday", "国庆节")), "GC-CAL-002");
        assertRefused(2027, update2027((CalendarYearUpdate.Entry) null), "GC-CAL-002");
    }

    @Test
    void unknownKindOrWorkdayOnAWeekday() {
        assertRefused(2027, update2027(e("2027-10-01", "festival", "国庆节")), "GC-CAL-003");
        assertRefused(2027, update2027(e("2027-10-01", null, "国庆节")), "GC-CAL-003");
        assertRefused(2027, update2027(e("2027-10-01", "HOLIDAY", "国庆节")), "GC-CAL-003");
        // 2027-02-08 is a Monday: it is a working day anyway, "调休上班" there is an entry mistake.
        assertRefused(2027, new CalendarYearUpdate("国办发明电〔2026〕8号",
                List.of(e("2027-02-08", "workday", "春节调休上班"))), "GC-CAL-003");
    }

    @Test
    void duplicateDate() {
        assertRefused(2027, update2027(e("2027-01-01", "holiday", "元旦")), "GC-CAL-004");
    }

    @Test
    void emptyOrOverlongName() {
        assertRefused(2027, update2027(e("2027-10-01", "holiday", " ")), "GC-CAL-005");
        assertRefused(2027, update2027(e("2027-10-01", "holiday", null)), "GC-CAL-005");
        assertRefused(2027, update2027(e("2027-10-01", "holiday", "节".repeat(65))), "GC-CAL-005");
    }

    @Test
    void nameOfExactly64CharactersIsAccepted() {
        service.replaceYear(2027, update2027(e("2027-10-01", "holiday", "节".repeat(64))), "admin");
        assertThat(service.calendar().isWorkingDay(LocalDate.of(2027, 10, 1))).isFalse();
    }

    @Test
    void missingYearsAreThisYearAndNextInShanghai() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T02:00:00Z")));
        assertThat(service.missingYears()).isEqualTo(new MissingYears(2026, 2027, List.of(2027)));
        // 2026-12-31T16:30Z is already 2027 in Shanghai.
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-31T16:30:00Z")));
        assertThat(service.missingYears()).isEqualTo(new MissingYears(2027, 2028, List.of(2027, 2028)));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-06-01T02:00:00Z")));
        assertThat(service.missingYears().missingYears()).isEmpty();
    }

    @Test
    void yearViewShowsOfficialDataAndRows() {
        when(repository.findYear(2026)).thenReturn(Optional.of(new CalendarYear(2026, "通知", LocalDateTime.of(2025, 11, 5, 9, 0))));
        when(repository.findDaysOfYear(2026)).thenReturn(List.of(new CalendarDay(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "国庆节调休上班")));
        when(repository.findYear(2027)).thenReturn(Optional.empty());
        when(repository.findDaysOfYear(2027)).thenReturn(List.of());

        assertThat(service.year(2026)).isEqualTo(new CalendarYearView(2026, true, "通知", "2025-11-05T09:00",
                List.of(new CalendarYearView.Day("2026-10-10", "workday", "国庆节调休上班"))));
        assertThat(service.year(2027)).isEqualTo(new CalendarYearView(2027, false, null, null, List.of()));
    }

    @Test
    void startUpWarnsAboutNextYearInChineseAndEnglish() {
        Logger logger = (Logger) LoggerFactory.getLogger(CalendarService.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-01T02:00:00Z")));
            service.warnAboutMissingYearsAtStartup();
            assertThat(appender.list).singleElement().satisfies(ev -> {
                assertThat(ev.getLevel()).isEqualTo(Level.WARN);
                assertThat(ev.getFormattedMessage()).contains("2027 年尚未录入", "No official holiday data for 2027");
            });
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void startUpDoesNotFailWhenTheTablesCannotBeRead() {
        when(repository.findAllDays()).thenThrow(new DataAccessResourceFailureException("down"));
        service.warnAboutMissingYearsAtStartup();
        assertThatThrownBy(service::calendar).isInstanceOf(DataAccessResourceFailureException.class);
    }
}
