package cn.jiangmen.greenchannel.calendar;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.Zones;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds the current {@link WorkingDayCalendar} and lets administrators replace a year.
 *
 * <p>The calendar is cached because every due date and timer asks for it. It is reloaded right
 * after an administrator's change commits on this node, and at the latest {@link #REFRESH_NANOS}
 * after the last load so other nodes pick the change up too.
 */
@Service
public class CalendarService {

    private static final Logger log = LoggerFactory.getLogger(CalendarService.class);

    static final long REFRESH_NANOS = TimeUnit.MINUTES.toNanos(5);
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2099;
    static final int MAX_NAME = 64;
    static final int MAX_SOURCE = 200;

    private final CalendarRepository repository;
    private final Object loadLock = new Object();
    private volatile Snapshot snapshot;
    /** Years already warned about since the last load, so a busy engine does not flood the log. */
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    private record Snapshot(WorkingDayCalendar calendar, long loadedAtNanos) {
    }

    public CalendarService(CalendarRepository repository) {
        this.repository = repository;
    }

    /** The cached calendar; loads it on first use and refreshes it when stale. */
    public WorkingDayCalendar calendar() {
        Snapshot s = snapshot;
        if (s != null && System.nanoTime() - s.loadedAtNanos() < REFRESH_NANOS) {
            return s.calendar();
        }
        synchronized (loadLock) {
            s = snapshot;
            if (s != null && System.nanoTime() - s.loadedAtNanos() < REFRESH_NANOS) {
                return s.calendar();
            }
            try {
                return load().calendar();
            } catch (DataAccessException e) {
                if (s == null) {
                    throw e;
                }
                // A hiccup on a periodic refresh must not fail deadlines: keep the last calendar.
                log.warn("节假日数据刷新失败，继续使用上次加载的数据 / Calendar refresh failed, keeping the last loaded one", e);
                snapshot = new Snapshot(s.calendar(), System.nanoTime());
                return s.calendar();
            }
        }
    }

    /** Reads the tables again now. */
    public void reload() {
        synchronized (loadLock) {
            load();
        }
    }

    private Snapshot load() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(repository.findAllDays(),
                repository.findAllYears().stream().map(CalendarYear::year).toList());
        Snapshot s = new Snapshot(calendar, System.nanoTime());
        snapshot = s;
        warnedYears.clear();
        return s;
    }

    public CalendarYearView year(int year) {
        requireSupportedYear(year);
        var official = repository.findYear(year);
        List<CalendarYearView.Day> days = repository.findDaysOfYear(year).stream()
                .map(d -> new CalendarYearView.Day(d.date().toString(), d.kind().code(), d.name()))
                .toList();
        return new CalendarYearView(year, official.isPresent(),
                official.map(CalendarYear::source).orElse(null),
                official.map(y -> y.loadedAt() == null ? null : y.loadedAt().toString()).orElse(null),
                days);
    }

    /** Years from this year (Asia/Shanghai, engine clock) to next year without official data. */
    public MissingYears missingYears() {
        int thisYear = Zones.today().getYear();
        SortedSet<Integer> missing = calendar().yearsWithoutData(thisYear, thisYear + 1);
        return new MissingYears(thisYear, thisYear + 1, List.copyOf(missing));
    }

    /**
     * Replaces the year's holidays and adjusted working days with an administrator's entry of the
     * State Council notice and marks the year as having official data. Everything is validated
     * before anything is written; the cache is reloaded once the transaction commits.
     *
     * @throws BusinessRuleViolation GC-CAL-002..008 on bad input (nothing written)
     */
    @Transactional
    public void replaceYear(int year, CalendarYearUpdate update, String changedBy) {
        List<CalendarDay> days = validate(year, update);
        repository.replaceYear(year, update.source().trim(), days, Zones.now());
        log.info("节假日数据已更新 / Calendar year {} replaced by {}: {} rows, source {}",
                year, changedBy, days.size(), update.source().trim());
        afterCommit(this::reloadQuietly);
    }

    /** Checks an administrator's entry and turns it into calendar rows. */
    static List<CalendarDay> validate(int year, CalendarYearUpdate update) {
        requireSupportedYear(year);
        if (update == null || update.days() == null || update.days().isEmpty()) {
            throw new BusinessRuleViolation("GC-CAL-007", "请填写该年度的放假和调休上班日期");
        }
        String source = update.source() == null ? "" : update.source().trim();
        if (source.isEmpty() || source.length() > MAX_SOURCE) {
            throw new BusinessRuleViolation("GC-CAL-006",
                    "请填写数据来源（国务院办公厅通知文号），不超过 " + MAX_SOURCE + " 个字符");
        }
        List<CalendarDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        int row = 0;
        for (CalendarYearUpdate.Entry e : update.days()) {
            row++;
            LocalDate date = parseDate(e == null ? null : e.date(), "第 " + row + " 行");
            if (date.getYear() != year) {
                throw new BusinessRuleViolation("GC-CAL-002",
                        "第 " + row + " 行日期 " + date + " 不在 " + year + " 年内");
            }
            DayKind kind;
            try {
                kind = DayKind.fromCode(e.kind());
            } catch (BusinessRuleViolation bad) {
                throw new BusinessRuleViolation(bad.code(), "第 " + row + " 行：" + bad.chineseMessage());
            }
            if (kind == DayKind.WORKDAY && !isWeekend(date)) {
                throw new BusinessRuleViolation("GC-CAL-003",
                        "第 " + row + " 行：调休上班日 " + date + " 必须是星期六或星期日");
            }
            if (!seen.add(date)) {
                throw new BusinessRuleViolation("GC-CAL-004", "日期 " + date + " 重复填写");
            }
            String name = e.name() == null ? "" : e.name().trim();
            if (name.isEmpty() || name.length() > MAX_NAME) {
                throw new BusinessRuleViolation("GC-CAL-005",
                        "第 " + row + " 行：名称不能为空，且不超过 " + MAX_NAME + " 个字符");
            }
            days.add(new CalendarDay(date, kind, name));
        }
        return days;
    }

    static LocalDate parseDate(String iso, String where) {
        try {
            if (iso != null) {
                return LocalDate.parse(iso.trim());
            }
        } catch (DateTimeParseException ignored) {
            // answered below with a Chinese message
        }
        throw new BusinessRuleViolation("GC-CAL-002",
                where + "日期格式应为 yyyy-MM-dd，收到：" + iso);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    static void requireSupportedYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new BusinessRuleViolation("GC-CAL-008",
                    "年份必须在 " + MIN_YEAR + " 到 " + MAX_YEAR + " 之间，收到：" + year);
        }
    }

    /**
     * Logs a WARN (once per year per load) when a computation from {@code from} to {@code to}
     * used a year that has no official data, i.e. fell back to weekends only.
     */
    public void warnIfWithoutData(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        for (int year : calendar.yearsWithoutData(from, to)) {
            if (warnedYears.add(year)) {
                log.warn(missingYearMessage(year));
            }
        }
    }

    /** Flags this year and next to administrators when their State Council notice is not entered. */
    @EventListener(ApplicationReadyEvent.class)
    public void warnAboutMissingYearsAtStartup() {
        try {
            for (int year : missingYears().missingYears()) {
                warnedYears.add(year);
                log.warn(missingYearMessage(year));
            }
        } catch (DataAccessException e) {
            // Do not stop the application over a check: deadlines will retry loading on first use.
            log.error("启动时无法读取节假日数据 / Could not read the working-day calendar at start-up", e);
        }
    }

    static String missingYearMessage(int year) {
        return "节假日数据缺失：" + year + " 年尚未录入国务院节假日安排，该年工作日暂按仅周末休息计算，"
                + "请管理员通过 PUT /api/calendar/" + year + " 补录。 / No official holiday data for " + year
                + ": working days fall back to weekends only until an administrator adds the year"
                + " (PUT /api/calendar/" + year + ").";
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RuntimeException e) {
            // The change is committed; force a fresh read on next use instead of failing the request.
            snapshot = null;
            log.warn("节假日数据重新加载失败，将在下次使用时重试 / Calendar reload failed, retrying on next use", e);
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
