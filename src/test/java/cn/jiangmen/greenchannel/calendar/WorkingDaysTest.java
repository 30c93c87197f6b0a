package cn.jiangmen.greenchannel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** §10.14: N working days from acceptance on day D end at 23:59:59 Asia/Shanghai of the N-th working day after D. */
class WorkingDaysTest {

    private TimeZone jvmDefault;
    private WorkingDays workingDays;

    @BeforeEach
    void setUp() {
        // Machines run UTC: prove nothing depends on the JVM default zone.
        jvmDefault = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        CalendarRepository repository = mock(CalendarRepository.class);
        when(repository.findAllDays()).thenReturn(SeededCalendar.days());
        when(repository.findAllYears()).thenReturn(SeededCalendar.years().stream()
                .map(y -> new CalendarYear(y, "notice " + y, null)).toList());
        workingDays = new WorkingDays(new CalendarService(repository));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        TimeZone.setDefault(jvmDefault);
    }

    private static void engineClockAt(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    @Test
    void dueAtTheEndOfTheNthWorkingDayInShanghai() {
        engineClockAt("2026-02-13T02:00:00Z"); // Friday 10:00 in Jiangmen
        assertThat(workingDays.dueAfter(3)).isEqualTo(at("2026-02-25T15:59:59Z"));
        assertThat(workingDays.dueAfter(1)).as("adjusted Saturday").isEqualTo(at("2026-02-14T15:59:59Z"));
        assertThat(workingDays.dueDateAfter(3)).isEqualTo("2026-02-25");
    }

    @Test
    void todayIsTheShanghaiDateNotTheUtcDate() {
        // 2026-09-29T16:30Z is still Tuesday in UTC but already Wednesday 09-30 00:30 in Shanghai:
        // day 1 after 09-30 is 10-08 (a UTC date would give 09-30).
        engineClockAt("2026-09-29T16:30:00Z");
        assertThat(workingDays.dueAfter(1)).isEqualTo(at("2026-10-08T15:59:59Z"));
        assertThat(workingDays.dueDateAfter(1)).isEqualTo("2026-10-08");
    }

    @Test
    void lateEveningUtcIsAlreadyNationalDayInShanghai() {
        engineClockAt("2026-09-30T17:00:00Z"); // 2026-10-01 01:00 in Shanghai
        assertThat(workingDays.dueDateAfter(0)).isEqualTo("2026-10-01");
        assertThat(workingDays.dueAfter(0)).isEqualTo(at("2026-10-01T15:59:59Z"));
        assertThat(workingDays.dueAfter(3)).isEqualTo(at("2026-10-10T15:59:59Z"));
        assertThat(workingDays.dueAfterCalendarDays(0)).isEqualTo(at("2026-10-01T15:59:59Z"));
        assertThat(workingDays.dueAfterCalendarDays(7)).isEqualTo(at("2026-10-08T15:59:59Z"));
    }

    @Test
    void afterIsTheSameAsDueAfterForTimers() {
        engineClockAt("2026-03-06T01:00:00Z"); // Friday
        assertThat(workingDays.after(1)).isEqualTo(at("2026-03-09T15:59:59Z"));
    }

    @Test
    void fromARecordedDate() {
        engineClockAt("2026-01-10T01:00:00Z"); // irrelevant for a recorded start date
        assertThat(workingDays.dueAfterFrom("2026-09-30", 3)).isEqualTo(at("2026-10-10T15:59:59Z"));
    }

    @Test
    void acceptsTheNumberTypesTasklistAndDmnSend() {
        engineClockAt("2026-02-13T02:00:00Z");
        Date expected = at("2026-02-25T15:59:59Z");
        for (Object n : new Object[] {3, 3L, (short) 3, (byte) 3, 3.0d, 3.0f, BigInteger.valueOf(3),
                new BigDecimal("3.00"), "3", " 3 "}) {
            assertThat(workingDays.dueAfter(n)).as("%s (%s)", n, n.getClass().getSimpleName()).isEqualTo(expected);
        }
    }

    @Test
    void refusesCountsThatAreNotWholeNonNegativeNumbers() {
        engineClockAt("2026-02-13T02:00:00Z");
        for (Object n : new Object[] {-1, -1L, 2.5d, "2.5", "abc", "", null, true, Double.NaN, 1_000_000L}) {
            assertThatThrownBy(() -> workingDays.dueAfter(n)).as("%s", n)
                    .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.code()).isEqualTo("GC-CAL-001"));
        }
        assertThatThrownBy(() -> workingDays.dueAfterCalendarDays(-3))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.code()).isEqualTo("GC-CAL-001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-14", "2026-10-10", "2026-03-09", "2027-01-01"})
    void workingDays(String iso) {
        assertThat(workingDays.isWorkingDay(iso)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-16", "2026-10-01", "2026-03-07", "2027-01-02"})
    void daysOff(String iso) {
        assertThat(workingDays.isWorkingDay(iso)).isFalse();
    }

    @Test
    void badDateStringIsRefused() {
        assertThatThrownBy(() -> workingDays.isWorkingDay("2026/10/01"))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.code()).isEqualTo("GC-CAL-002"));
    }

    @org.junit.jupiter.api.Test
    void the_next_report_period_opens_at_nine_on_the_first_working_day_of_next_month() {
        // 2026-09-15 in Shanghai: October 1–7 are National Day holidays, Oct 8 is the first working day
        engineClockAt("2026-09-15T02:00:00Z");
        org.assertj.core.api.Assertions.assertThat(workingDays.firstWorkingDayOfNextMonth())
                .isEqualTo(at("2026-10-08T01:00:00Z"));
        // 2026-04-20: May 1–5 Labour Day holidays; May 6 is the first working day
        engineClockAt("2026-04-20T02:00:00Z");
        org.assertj.core.api.Assertions.assertThat(workingDays.firstWorkingDayOfNextMonth())
                .isEqualTo(at("2026-05-06T01:00:00Z"));
    }

    @org.junit.jupiter.api.Test
    void a_date_on_a_weekend_moves_to_the_next_working_day_at_nine() {
        org.assertj.core.api.Assertions.assertThat(
                workingDays.startOfWorkingDayOnOrAfter(java.time.LocalDate.parse("2026-03-07")))
                .isEqualTo(at("2026-03-09T01:00:00Z"));
        org.assertj.core.api.Assertions.assertThat(
                workingDays.startOfWorkingDayOnOrAfter(java.time.LocalDate.parse("2026-03-10")))
                .isEqualTo(at("2026-03-10T01:00:00Z"));
    }

    /** §10.14 预警 at 80 % of the limit: 09:00 of the first working day on which ⌈N × 0.8⌉ working days are used. */
    @Test
    void warningFallsOnTheMorningOfTheWorkingDayThatUsesTheShare() {
        engineClockAt("2026-03-02T02:00:00Z"); // Monday 10:00 in Jiangmen
        assertThat(workingDays.warningAt(1, 0.8)).as("1 day: the morning of the due day").isEqualTo(at("2026-03-03T01:00:00Z"));
        assertThat(workingDays.warningAt(3, 0.8)).as("3 days: day 3").isEqualTo(at("2026-03-05T01:00:00Z"));
        assertThat(workingDays.warningAt(7, 0.8)).as("7 days: day 6").isEqualTo(at("2026-03-10T01:00:00Z"));
        assertThat(workingDays.warningAt(5, 0.8)).as("exactly 4 days, no rounding up").isEqualTo(at("2026-03-06T01:00:00Z"));
        assertThat(workingDays.warningAt(3, 0.5)).as("another share").isEqualTo(at("2026-03-04T01:00:00Z"));
        assertThat(workingDays.warningAt(0, 0.8)).as("never in the past").isEqualTo(at("2026-03-02T02:00:00Z"));
        engineClockAt("2026-02-13T02:00:00Z"); // Friday before the Spring Festival
        assertThat(workingDays.warningAt(3, 0.8)).as("holidays skipped").isEqualTo(at("2026-02-25T01:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.2, 1.5})
    void aWarningShareOutsideZeroToOneIsRefused(double share) {
        engineClockAt("2026-03-02T02:00:00Z");
        assertThatThrownBy(() -> workingDays.warningAt(3, share)).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("GC-CAL-009").hasMessageContaining("预警比例");
    }

    @Test
    void calendarDayLimitsFromARecordedDate() {
        assertThat(workingDays.dueAfterCalendarDaysFrom("2026-03-02", 7)).isEqualTo(at("2026-03-09T15:59:59Z"));
        assertThat(workingDays.openingAfterCalendarDays("2026-03-02", 14)).as("a Monday")
                .isEqualTo(at("2026-03-16T01:00:00Z"));
        assertThat(workingDays.openingAfterCalendarDays("2026-03-07", 14)).as("a Saturday opens on Monday")
                .isEqualTo(at("2026-03-23T01:00:00Z"));
        assertThat(workingDays.openingAfterCalendarDays("2026-03-02", 28L)).as("Long from an expression")
                .isEqualTo(at("2026-03-30T01:00:00Z"));
    }
}
