package cn.jiangmen.greenchannel.approval;

import cn.jiangmen.greenchannel.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The clock of an approval case (domain.md §10.14): working days from acceptance to decision,
 * less the whole working days a pause (补正, special procedure) covered; 预警 at 80 % of the limit,
 * 逾期 beyond it. Plain Java over the working-day calendar.
 */
public final class ApprovalClock {

    public static final String NORMAL = "NORMAL";
    public static final String WARNING = "WARNING";
    public static final String OVERDUE = "OVERDUE";
    static final double WARNING_SHARE = 0.8;

    private ApprovalClock() {
    }

    /** Working days strictly inside a pause: its first and last days are only partly paused. */
    public static int pausedWorkingDays(WorkingDayCalendar calendar, LocalDateTime start, LocalDateTime end) {
        LocalDate from = start.toLocalDate();
        LocalDate to = end.toLocalDate().minusDays(1);
        return to.isAfter(from) ? calendar.workingDaysBetween(from, to) : 0;
    }

    public static int used(WorkingDayCalendar calendar, LocalDate accepted, LocalDate decided,
            List<LocalDateTime[]> pauses) {
        int used = calendar.workingDaysBetween(accepted, decided);
        for (LocalDateTime[] p : pauses) {
            used -= pausedWorkingDays(calendar, p[0], p[1]);
        }
        return Math.max(used, 0);
    }

    public static String status(int used, int limitDays, boolean pastDue) {
        if (pastDue || used > limitDays) {
            return OVERDUE;
        }
        return used >= Math.ceil(limitDays * WARNING_SHARE) ? WARNING : NORMAL;
    }
}
