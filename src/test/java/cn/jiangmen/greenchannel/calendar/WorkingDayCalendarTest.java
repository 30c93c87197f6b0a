package cn.jiangmen.greenchannel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = SeededCalendar.calendar();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void seededDataHasTheThreeOfficialYears() {
        assertThat(SeededCalendar.days()).hasSize(108);
        assertThat(calendar.yearsWithData()).containsExactly(2024, 2025, 2026);
    }

    @Test
    void workingDaysPerYearMatchTheNotices() {
        // 261 weekdays in 2026, 19 of them holidays, 6 adjusted weekend days worked.
        assertThat(calendar.workingDaysBetween(d("2025-12-31"), d("2026-12-31"))).isEqualTo(248);
        assertThat(calendar.workingDaysBetween(d("2024-12-31"), d("2025-12-31"))).isEqualTo(248);
        assertThat(calendar.workingDaysBetween(d("2023-12-31"), d("2024-12-31"))).isEqualTo(251);
    }

    @Nested
    class SpringFestival2026 {

        @Test
        void holidaysAndAdjustedSaturdays() {
            assertThat(calendar.isWorkingDay(d("2026-02-13"))).as("Fri before the holiday").isTrue();
            assertThat(calendar.isWorkingDay(d("2026-02-14"))).as("adjusted Saturday").isTrue();
            assertThat(calendar.isWorkingDay(d("2026-02-16"))).as("Monday in the holiday").isFalse();
            assertThat(calendar.isWorkingDay(d("2026-02-23"))).as("last holiday, a Monday").isFalse();
            assertThat(calendar.isWorkingDay(d("2026-02-24"))).isTrue();
            assertThat(calendar.isWorkingDay(d("2026-02-28"))).as("adjusted Saturday").isTrue();
            assertThat(calendar.isWorkingDay(d("2026-03-01"))).as("plain Sunday").isFalse();
        }

        @Test
        void threeWorkingDaysFromTheLastWorkingDayBeforeTheHoliday() {
            // 02-14 is the last working day before the break: 02-24, 02-25, 02-26.
            assertThat(calendar.addWorkingDays(d("2026-02-14"), 3)).isEqualTo(d("2026-02-26"));
            // From Friday 02-13 the adjusted Saturday counts as day 1.
            assertThat(calendar.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
            assertThat(calendar.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
            assertThat(calendar.addWorkingDays(d("2026-02-13"), 3)).isEqualTo(d("2026-02-25"));
        }

        @Test
        void adjustedSaturdayAfterTheHolidayCounts() {
            assertThat(calendar.addWorkingDays(d("2026-02-13"), 6)).isEqualTo(d("2026-02-28"));
            assertThat(calendar.addWorkingDays(d("2026-02-13"), 7)).isEqualTo(d("2026-03-02"));
            assertThat(calendar.workingDaysBetween(d("2026-02-13"), d("2026-02-28"))).isEqualTo(6);
        }

        @Test
        void acceptanceDuringTheHolidayStartsCountingAfterIt() {
            assertThat(calendar.addWorkingDays(d("2026-02-17"), 1)).isEqualTo(d("2026-02-24"));
        }
    }

    @Nested
    class MidAutumnAndNationalDay2026 {

        @Test
        void holidaysAndAdjustedDays() {
            assertThat(calendar.isWorkingDay(d("2026-09-20"))).as("adjusted Sunday").isTrue();
            assertThat(calendar.isWorkingDay(d("2026-09-25"))).as("中秋 Friday").isFalse();
            assertThat(calendar.isWorkingDay(d("2026-09-30"))).isTrue();
            assertThat(calendar.isWorkingDay(d("2026-10-01"))).isFalse();
            assertThat(calendar.isWorkingDay(d("2026-10-07"))).as("Wednesday in the holiday").isFalse();
            assertThat(calendar.isWorkingDay(d("2026-10-08"))).isTrue();
            assertThat(calendar.isWorkingDay(d("2026-10-10"))).as("adjusted Saturday").isTrue();
            assertThat(calendar.isWorkingDay(d("2026-10-11"))).isFalse();
        }

        @Test
        void limitsAcrossNationalDay() {
            assertThat(calendar.addWorkingDays(d("2026-09-30"), 1)).isEqualTo(d("2026-10-08"));
            assertThat(calendar.addWorkingDays(d("2026-09-30"), 3)).isEqualTo(d("2026-10-10"));
            assertThat(calendar.addWorkingDays(d("2026-09-30"), 4)).isEqualTo(d("2026-10-12"));
            assertThat(calendar.addWorkingDays(d("2026-09-29"), 3)).isEqualTo(d("2026-10-09"));
        }

        @Test
        void adjustedSundayAndMidAutumn() {
            assertThat(calendar.addWorkingDays(d("2026-09-18"), 1)).isEqualTo(d("2026-09-20"));
            assertThat(calendar.addWorkingDays(d("2026-09-24"), 1)).isEqualTo(d("2026-09-28"));
        }
    }

    @Test
    void oneWorkingDayFromFridayIsMonday() {
        assertThat(calendar.addWorkingDays(d("2026-03-06"), 1)).isEqualTo(d("2026-03-09"));
        assertThat(calendar.addWorkingDays(d("2026-03-07"), 1)).as("accepted on Saturday").isEqualTo(d("2026-03-09"));
    }

    @Test
    void countingCrossesTheYearIntoTheNewYearAdjustedSunday() {
        assertThat(calendar.addWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-04"));
        assertThat(calendar.addWorkingDays(d("2025-12-31"), 2)).isEqualTo(d("2026-01-05"));
    }

    @Test
    void zeroWorkingDaysIsTheStartDayItself() {
        assertThat(calendar.addWorkingDays(d("2026-02-15"), 0)).isEqualTo(d("2026-02-15"));
    }

    @Test
    void negativeOrHugeCountsAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-03-06"), -1))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("GC-CAL-001");
                    assertThat(e.chineseMessage()).contains("天数");
                });
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-03-06"), WorkingDayCalendar.MAX_WORKING_DAYS + 1))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.code()).isEqualTo("GC-CAL-001"));
    }

    @Test
    void workingDaysBetweenIsTheInverseOfAdding() {
        for (LocalDate start = d("2024-01-01"); start.isBefore(d("2027-01-01")); start = start.plusDays(3)) {
            for (int n = 0; n <= 12; n++) {
                LocalDate due = calendar.addWorkingDays(start, n);
                assertThat(calendar.workingDaysBetween(start, due)).as("%s + %d", start, n).isEqualTo(n);
                if (n > 0) {
                    assertThat(calendar.isWorkingDay(due)).as("%s + %d lands on %s", start, n, due).isTrue();
                }
            }
        }
    }

    @Test
    void workingDaysBetweenIsZeroWhenTheEndIsNotAfterTheStart() {
        assertThat(calendar.workingDaysBetween(d("2026-03-09"), d("2026-03-09"))).isZero();
        assertThat(calendar.workingDaysBetween(d("2026-03-09"), d("2026-03-06"))).isZero();
    }

    @Nested
    class YearsWithoutData {

        @Test
        void areReported() {
            assertThat(calendar.hasDataFor(2026)).isTrue();
            assertThat(calendar.hasDataFor(2027)).isFalse();
            assertThat(calendar.hasDataFor(2023)).isFalse();
            assertThat(calendar.yearsWithoutData(2023, 2028)).containsExactly(2023, 2027, 2028);
            assertThat(calendar.yearsWithoutData(d("2026-12-31"), d("2027-01-01"))).containsExactly(2027);
            assertThat(calendar.yearsWithoutData(d("2026-02-13"), d("2026-03-02"))).isEmpty();
        }

        @Test
        void fallBackToWeekendsOnly() {
            // 2027-01-01 is New Year's Day but no notice is entered yet: a plain Friday.
            assertThat(calendar.isWorkingDay(d("2027-01-01"))).isTrue();
            assertThat(calendar.isWorkingDay(d("2027-01-02"))).isFalse();
            assertThat(calendar.addWorkingDays(d("2026-12-31"), 1)).isEqualTo(d("2027-01-01"));
            assertThat(calendar.addWorkingDays(d("2026-12-31"), 2)).isEqualTo(d("2027-01-04"));
        }

        @Test
        void emptyCalendarKnowsOnlyWeekends() {
            WorkingDayCalendar empty = WorkingDayCalendar.weekendsOnly();
            assertThat(empty.isWorkingDay(d("2026-10-01"))).isTrue();
            assertThat(empty.isWorkingDay(d("2026-10-10"))).isFalse();
            assertThat(empty.hasDataFor(2026)).isFalse();
        }
    }

    @Test
    void isImmutable() {
        List<CalendarDay> days = new ArrayList<>(List.of(new CalendarDay(d("2027-01-01"), DayKind.HOLIDAY, "元旦")));
        List<Integer> years = new ArrayList<>(List.of(2027));
        WorkingDayCalendar cal = new WorkingDayCalendar(days, years);
        days.clear();
        years.clear();
        assertThat(cal.isWorkingDay(d("2027-01-01"))).isFalse();
        assertThat(cal.hasDataFor(2027)).isTrue();
        assertThat(cal.daysOf(2027)).extracting(CalendarDay::name).containsExactly("元旦");
    }

    @Test
    void duplicateDatesAreAProgrammingError() {
        var day = new CalendarDay(d("2027-01-01"), DayKind.HOLIDAY, "元旦");
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(day, day), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
