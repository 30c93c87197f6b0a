package cn.jiangmen.greenchannel.calendar;

import java.util.List;

/**
 * Answer of {@code GET /api/calendar/{year}}. {@code hasOfficialData} false means the year is
 * computed with weekends only; {@code source} and {@code loadedAt} (Asia/Shanghai) are then null.
 */
public record CalendarYearView(int year, boolean hasOfficialData, String source, String loadedAt, List<Day> days) {

    /** {@code date} yyyy-MM-dd, {@code kind} holiday|workday. */
    public record Day(String date, String kind, String name) {
    }
}
