package cn.jiangmen.greenchannel.calendar;

import java.util.List;

/** Answer of {@code GET /api/calendar/missing-years}: years in [fromYear, toYear] without official data. */
public record MissingYears(int fromYear, int toYear, List<Integer> missingYears) {
}
