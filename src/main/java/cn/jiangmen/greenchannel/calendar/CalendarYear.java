package cn.jiangmen.greenchannel.calendar;

import java.time.LocalDateTime;

/**
 * A year whose official holiday arrangement has been entered (a row of
 * {@code greenchannel.calendar_year}); {@code loadedAt} is Asia/Shanghai local time.
 */
public record CalendarYear(int year, String source, LocalDateTime loadedAt) {
}
