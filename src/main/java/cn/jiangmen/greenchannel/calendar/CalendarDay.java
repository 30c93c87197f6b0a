package cn.jiangmen.greenchannel.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One date that differs from the plain week (a row of {@code greenchannel.calendar_day}). */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
