package cn.jiangmen.greenchannel.supervision;

import cn.jiangmen.greenchannel.calendar.CalendarService;
import cn.jiangmen.greenchannel.calendar.WorkingDayCalendar;
import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.common.IdempotentInsert;
import cn.jiangmen.greenchannel.common.Zones;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 月通报 (domain.md §7): the official bulletin of a month is produced once, on the first working
 * day of the next month (Asia/Shanghai, holiday calendar), by {@code monthly-bulletin}'s daily
 * timer. The month is the key of {@code greenchannel.bulletin}: the row is claimed with an
 * idempotent insert, so a second run - the same day, after a restart, on another node - produces
 * nothing. Only that day produces it: a day with every node down all day produces no official
 * bulletin for that month (the preview still computes it; see docs/adr/0007).
 */
@Service
public class BulletinService {

    private static final List<String> COLUMNS = List.of("period", "produced_on", "produced_at", "on_schedule",
            "content", "process_instance_id");

    private final JdbcTemplate jdbc;
    private final String insert;
    private final BulletinCalculator calculator;
    private final CalendarService calendars;
    private final ObjectMapper json;

    public BulletinService(JdbcTemplate jdbc, IdempotentInsert idempotent, BulletinCalculator calculator,
            CalendarService calendars, ObjectMapper json) {
        this.jdbc = jdbc;
        this.insert = idempotent.sql("greenchannel.bulletin", COLUMNS, List.of("period"));
        this.calculator = calculator;
        this.calendars = calendars;
        this.json = json;
    }

    /** First working day of the month of {@code day}. */
    public LocalDate firstWorkingDayOfMonth(LocalDate day) {
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate first = day.withDayOfMonth(1);
        LocalDate working = calendar.isWorkingDay(first) ? first : calendar.addWorkingDays(first, 1);
        calendars.warnIfWithoutData(calendar, first, working);
        return working;
    }

    /**
     * The daily step: produces the previous month's official bulletin when it is due today and not
     * yet produced. Returns the period produced now, or empty.
     */
    public Optional<YearMonth> produceIfDue(String processInstanceId) {
        LocalDate today = Zones.today();
        LocalDate firstWorking = firstWorkingDayOfMonth(today);
        if (!today.equals(firstWorking)) {
            return Optional.empty();
        }
        YearMonth period = YearMonth.from(today).minusMonths(1);
        if (exists(period)) {
            return Optional.empty();
        }
        boolean onSchedule = true;
        Bulletin bulletin = calculator.compute(period, true, today.toString(), onSchedule);
        int inserted = jdbc.update(insert, period.toString(), Date.valueOf(today), Timestamp.valueOf(Zones.now()),
                onSchedule, write(bulletin), processInstanceId);
        return inserted == 1 ? Optional.of(period) : Optional.empty();
    }

    public boolean exists(YearMonth period) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.bulletin WHERE period = ?", Integer.class,
                period.toString());
        return n != null && n > 0;
    }

    /** The official bulletins, newest first. */
    public List<Bulletin> list() {
        return jdbc.query("SELECT content, issued_at, issued_by, issue_note FROM greenchannel.bulletin ORDER BY period DESC",
                (rs, i) -> withIssue(read(rs.getString(1)), rs.getTimestamp(2), rs.getString(3), rs.getString(4)));
    }

    public Optional<Bulletin> official(YearMonth period) {
        return jdbc.query("SELECT content, issued_at, issued_by, issue_note FROM greenchannel.bulletin WHERE period = ?",
                (rs, i) -> withIssue(read(rs.getString(1)), rs.getTimestamp(2), rs.getString(3), rs.getString(4)),
                period.toString()).stream().findFirst();
    }

    /** Computed now for any month up to the current one; never stored, marked {@code official = false}. */
    public Bulletin preview(YearMonth period) {
        if (period.isAfter(YearMonth.from(Zones.today()))) {
            throw new BusinessRuleViolation("GC-BUL-002", "不能预览尚未开始的月份：" + period);
        }
        return calculator.compute(period, false, Zones.today().toString(), null);
    }

    /** The city centre's 签发 of a produced bulletin (recorded once; a repeated call changes nothing). */
    public void recordIssue(YearMonth period, String issuedBy, String note) {
        jdbc.update("UPDATE greenchannel.bulletin SET issued_at = ?, issued_by = ?, issue_note = ? "
                + "WHERE period = ? AND issued_at IS NULL", Timestamp.valueOf(Zones.now()), issuedBy, note,
                period.toString());
    }

    /** A short Chinese summary for the issuing task's form. */
    public String summary(YearMonth period) {
        Bulletin b = official(period).orElseThrow();
        BulletinFigures c = b.city();
        StringBuilder s = new StringBuilder();
        s.append(period.getYear()).append("年").append(period.getMonthValue()).append("月全市：签约项目 ")
                .append(c.signedProjects()).append(" 个，计划投资 ").append(c.signedInvestment()).append(" 万元，其中10亿元以上项目 ")
                .append(c.majorProjectsSigned()).append(" 个；注册 ").append(c.registered()).append(" 个、开工 ")
                .append(c.constructionStarted()).append(" 个、投产 ").append(c.inProduction()).append(" 个；逾期事项 ")
                .append(c.overdueItems()).append(" 项。\n年度目标：制造业计划投资 ")
                .append(b.targets().manufacturingInvestmentYtd()).append(" / ")
                .append(b.targets().manufacturingInvestmentTarget()).append(" 万元，10亿元以上项目 ")
                .append(b.targets().majorProjectsYtd()).append(" / ").append(b.targets().majorProjectTarget())
                .append(" 个，重点产业链占比 ").append(percent(b.targets().keyChainShareYtd())).append(" / ")
                .append(percent(b.targets().keyChainShareTarget())).append("。\n");
        for (BulletinFigures f : b.counties()) {
            s.append(f.countyName()).append("：签约 ").append(f.signedProjects()).append(" 个，计划投资 ")
                    .append(f.signedInvestment()).append(" 万元，逾期事项 ").append(f.overdueItems()).append(" 项；");
        }
        return s.toString();
    }

    static String percent(Double share) {
        return share == null ? "—" : String.format("%.1f%%", share * 100);
    }

    public static YearMonth parsePeriod(String period) {
        try {
            return YearMonth.parse(period == null ? "" : period.trim());
        } catch (DateTimeParseException e) {
            throw new BusinessRuleViolation("GC-BUL-001", "月份格式应为 yyyy-MM，收到：" + period);
        }
    }

    private Bulletin withIssue(Bulletin b, Timestamp issuedAt, String issuedBy, String note) {
        if (issuedAt == null) {
            return b;
        }
        LocalDateTime at = issuedAt.toLocalDateTime();
        return new Bulletin(b.period(), b.official(), b.producedOn(), b.onSchedule(), at.toString(), issuedBy, note,
                b.majorThreshold(), b.targets(), b.city(), b.counties());
    }

    private String write(Bulletin b) {
        try {
            return json.writeValueAsString(b);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Bulletin read(String content) {
        try {
            return json.readValue(content, Bulletin.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
