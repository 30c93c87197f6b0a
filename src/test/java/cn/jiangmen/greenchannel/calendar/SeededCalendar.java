package cn.jiangmen.greenchannel.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar exactly as migration V2 seeds it, read from the migration on the classpath so the
 * plain tests check the product's own data without a database.
 */
final class SeededCalendar {

    private static final Pattern DAY_ROW =
            Pattern.compile("\\(DATE '(\\d{4}-\\d{2}-\\d{2})', '(holiday|workday)', '([^']+)'\\)");
    private static final Pattern YEAR_ROW = Pattern.compile("\\((\\d{4}), '");

    private SeededCalendar() {
    }

    static List<CalendarDay> days() {
        List<CalendarDay> days = new ArrayList<>();
        Matcher m = DAY_ROW.matcher(migration());
        while (m.find()) {
            days.add(new CalendarDay(LocalDate.parse(m.group(1)), DayKind.fromCode(m.group(2)), m.group(3)));
        }
        return days;
    }

    static List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR_ROW.matcher(migration());
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        return years;
    }

    static WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(days(), years());
    }

    private static String migration() {
        try (InputStream in = SeededCalendar.class.getResourceAsStream("/db/migration/V2__calendar.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
