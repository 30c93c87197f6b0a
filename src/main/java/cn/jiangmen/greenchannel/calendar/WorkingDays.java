package cn.jiangmen.greenchannel.calendar;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Zones;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Deadlines for BPMN expressions, e.g. {@code camunda:dueDate="${workingDays.dueAfter(acknowledgeDays)}"}
 * or {@code timeDate="${workingDays.after(5)}"}.
 *
 * <p>"Today" is the engine clock ({@code ClockUtil}, so tests can move time) as an Asia/Shanghai
 * date; a limit of N working days ends at 23:59:59 Asia/Shanghai of the N-th working day after
 * today (domain.md §10.14). Day counts arrive as whatever Number type Tasklist or a DMN produced,
 * or as a string; fractions, negatives and non-numbers are refused with GC-CAL-001.
 */
@Component("workingDays")
public class WorkingDays {

    /** End of a business day; a deadline is still met during its last second. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    /** When timers that open a period fire: the start of office hours. */
    static final LocalTime START_OF_DAY = LocalTime.of(9, 0);

    private final CalendarService calendars;

    public WorkingDays(CalendarService calendars) {
        this.calendars = calendars;
    }

    /** End of the N-th working day after today (Asia/Shanghai); N = 0 is the end of today. */
    public Date dueAfter(Object workingDays) {
        return endOf(dueDay(Zones.today(), toDayCount(workingDays)));
    }

    /** Same as {@link #dueAfter}; the name the timer expressions of the architecture sketch use. */
    public Date after(Object workingDays) {
        return dueAfter(workingDays);
    }

    /** End of the N-th working day after a recorded date (yyyy-MM-dd), e.g. an acceptance date. */
    public Date dueAfterFrom(String fromIsoDate, Object workingDays) {
        return endOf(dueDay(CalendarService.parseDate(fromIsoDate, ""), toDayCount(workingDays)));
    }

    /** End of the day N calendar days after today (Asia/Shanghai), for the few limits in calendar days. */
    public Date dueAfterCalendarDays(Object days) {
        return endOf(Zones.today().plusDays(toDayCount(days)));
    }

    /** End of the day N calendar days after a recorded date (yyyy-MM-dd), e.g. feedback owed after registration. */
    public Date dueAfterCalendarDaysFrom(String fromIsoDate, Object days) {
        return endOf(CalendarService.parseDate(fromIsoDate, "").plusDays(toDayCount(days)));
    }

    /**
     * When to warn (预警) on a limit of N working days running from today (domain.md §10.14: when
     * {@code share} of the limit is used): 09:00 Asia/Shanghai of the ⌈N × share⌉-th working day after
     * today, the first working day on which that many working days of the limit are used (as
     * {@code ApprovalClock} counts them). Never before now. {@code share} is a decision output in (0, 1].
     */
    public Date warningAt(Object workingDays, Object share) {
        int limit = toDayCount(workingDays);
        double fraction = share instanceof Number n ? n.doubleValue() : Double.NaN;
        if (!(fraction > 0 && fraction <= 1)) {
            throw new BusinessRuleViolation("GC-CAL-009", "预警比例必须大于0且不大于1，收到：" + share);
        }
        int usedDays = (int) Math.ceil(limit * fraction - 1e-9);
        LocalDate day = dueDay(Zones.today(), usedDays);
        Date at = Date.from(day.atTime(START_OF_DAY).atZone(Zones.CHINA).toInstant());
        Date now = ClockUtil.getCurrentTime();
        return at.before(now) ? now : at;
    }

    /**
     * 09:00 Asia/Shanghai on the day N calendar days after a recorded date (yyyy-MM-dd), or on the
     * next working day if that day is not one: when a period of N days opens, e.g. a progress report.
     */
    public Date openingAfterCalendarDays(String fromIsoDate, Object days) {
        return startOfWorkingDayOnOrAfter(CalendarService.parseDate(fromIsoDate, "").plusDays(toDayCount(days)));
    }

    /** The day {@link #dueAfter} ends on, as yyyy-MM-dd for forms. */
    public String dueDateAfter(Object workingDays) {
        return dueDay(Zones.today(), toDayCount(workingDays)).toString();
    }

    /**
     * 09:00 Asia/Shanghai on the first working day of next month: when a monthly report period
     * opens (timer {@code IntermediateCatchEvent_NextReportPeriod}).
     */
    public Date firstWorkingDayOfNextMonth() {
        return startOfWorkingDayOnOrAfter(Zones.today().withDayOfMonth(1).plusMonths(1));
    }

    /** 09:00 Asia/Shanghai on {@code day}, or on the next working day if it is not one. */
    public Date startOfWorkingDayOnOrAfter(LocalDate day) {
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate working = calendar.isWorkingDay(day) ? day : calendar.addWorkingDays(day, 1);
        calendars.warnIfWithoutData(calendar, day, working);
        return Date.from(working.atTime(START_OF_DAY).atZone(Zones.CHINA).toInstant());
    }

    public boolean isWorkingDay(String isoDate) {
        return calendars.calendar().isWorkingDay(CalendarService.parseDate(isoDate, ""));
    }

    private LocalDate dueDay(LocalDate from, int n) {
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate due = calendar.addWorkingDays(from, n);
        calendars.warnIfWithoutData(calendar, from, due);
        return due;
    }

    static Date endOf(LocalDate day) {
        return Date.from(day.atTime(END_OF_DAY).atZone(Zones.CHINA).toInstant());
    }

    /**
     * A whole, non-negative number of days from Integer/Long/Short/Byte/BigInteger, an integral
     * Double/BigDecimal (Tasklist may send 3.0) or a numeric string.
     */
    static int toDayCount(Object value) {
        BigDecimal number;
        try {
            if (value instanceof Number n) {
                number = new BigDecimal(n.toString());
            } else if (value instanceof String s) {
                number = new BigDecimal(s.trim());
            } else {
                throw new NumberFormatException(String.valueOf(value));
            }
        } catch (NumberFormatException e) {
            throw invalidCount(value);
        }
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            throw invalidCount(value);
        }
        if (number.compareTo(BigDecimal.valueOf(WorkingDayCalendar.MAX_WORKING_DAYS)) > 0) {
            throw invalidCount(value);
        }
        long n = number.longValue();
        WorkingDayCalendar.requireValidCount(n);
        return (int) n;
    }

    private static BusinessRuleViolation invalidCount(Object value) {
        return new BusinessRuleViolation("GC-CAL-001",
                "天数必须是 0 到 " + WorkingDayCalendar.MAX_WORKING_DAYS + " 之间的整数，收到：" + value);
    }
}
