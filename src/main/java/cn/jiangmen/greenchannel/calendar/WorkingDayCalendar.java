package cn.jiangmen.greenchannel.calendar;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * China's working days (domain.md §5, §10.14): Monday–Friday unless a statutory holiday,
 * Saturday/Sunday only when the State Council made it an adjusted working day (调休上班).
 * Immutable and free of Spring and the engine, so it is tested alone and shared between threads.
 *
 * <p>A year without official data is computed with weekends only; {@link #hasDataFor} and
 * {@link #yearsWithoutData} let callers flag that to administrators.
 */
public final class WorkingDayCalendar {

    /** About 40 years: larger counts are input errors, and would loop for nothing. */
    public static final int MAX_WORKING_DAYS = 10_000;

    private final Map<LocalDate, CalendarDay> days;
    private final SortedSet<Integer> yearsWithData;

    public WorkingDayCalendar(Collection<CalendarDay> days, Collection<Integer> yearsWithData) {
        Map<LocalDate, CalendarDay> byDate = new HashMap<>();
        for (CalendarDay d : days) {
            if (byDate.put(d.date(), d) != null) {
                throw new IllegalArgumentException("duplicate calendar date " + d.date());
            }
        }
        this.days = Collections.unmodifiableMap(byDate);
        this.yearsWithData = Collections.unmodifiableSortedSet(new TreeSet<>(yearsWithData));
    }

    /** No holidays, no adjusted days, no year with data: the fallback before anything is loaded. */
    public static WorkingDayCalendar weekendsOnly() {
        return new WorkingDayCalendar(List.of(), List.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        CalendarDay special = days.get(date);
        if (special != null) {
            return special.kind() == DayKind.WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The holiday or adjusted working day on that date, if any. */
    public Optional<CalendarDay> specialDay(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /**
     * The n-th working day after {@code from}: day 1 is the first working day strictly after
     * {@code from}, whatever {@code from} itself is (§10.14 — the day of acceptance never counts).
     * {@code n = 0} returns {@code from} unchanged, so "no limit" stays on the starting day.
     *
     * @throws BusinessRuleViolation GC-CAL-001 when n is negative or above {@link #MAX_WORKING_DAYS}
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        requireValidCount(n);
        LocalDate d = from;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * Working days in {@code (fromExclusive, toInclusive]} — the working days used of a limit that
     * started on {@code fromExclusive}; the inverse of {@link #addWorkingDays}. 0 when
     * {@code toInclusive} is not after {@code fromExclusive}.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the State Council's arrangement for that year has been entered. */
    public boolean hasDataFor(int year) {
        return yearsWithData.contains(year);
    }

    public SortedSet<Integer> yearsWithData() {
        return yearsWithData;
    }

    /** Years in {@code [fromYear, toYear]} computed with weekends only for lack of official data. */
    public SortedSet<Integer> yearsWithoutData(int fromYear, int toYear) {
        SortedSet<Integer> missing = new TreeSet<>();
        for (int y = fromYear; y <= toYear; y++) {
            if (!hasDataFor(y)) {
                missing.add(y);
            }
        }
        return Collections.unmodifiableSortedSet(missing);
    }

    /** Years a period touches that lack data, e.g. to flag a deadline computed on weekends only. */
    public SortedSet<Integer> yearsWithoutData(LocalDate from, LocalDate to) {
        return yearsWithoutData(Math.min(from.getYear(), to.getYear()), Math.max(from.getYear(), to.getYear()));
    }

    /** That year's holidays and adjusted working days, in date order. */
    public List<CalendarDay> daysOf(int year) {
        return days.values().stream()
                .filter(d -> d.date().getYear() == year)
                .sorted((a, b) -> a.date().compareTo(b.date()))
                .toList();
    }

    static void requireValidCount(long n) {
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new BusinessRuleViolation("GC-CAL-001",
                    "天数必须是 0 到 " + MAX_WORKING_DAYS + " 之间的整数，收到：" + n);
        }
    }
}
