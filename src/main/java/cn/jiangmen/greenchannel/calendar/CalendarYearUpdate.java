package cn.jiangmen.greenchannel.calendar;

import java.util.List;

/**
 * Body of {@code PUT /api/calendar/{year}}: the State Council notice it comes from and every
 * holiday / adjusted working day of that year. Fields stay strings so bad input reaches our
 * validation and gets a Chinese message instead of a parser error.
 */
public record CalendarYearUpdate(String source, List<Entry> days) {

    /** {@code date} yyyy-MM-dd, {@code kind} holiday|workday, {@code name} e.g. 春节 / 春节调休上班. */
    public record Entry(String date, String kind, String name) {
    }
}
