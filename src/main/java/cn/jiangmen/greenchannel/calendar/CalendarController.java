package cn.jiangmen.greenchannel.calendar;

import cn.jiangmen.greenchannel.web.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The holiday calendar for administrators: read a year, enter a year when the State Council
 * publishes its notice (usually Oct–Nov), list the years still missing. Reading is open to every
 * logged-in user (the /api authentication filter guarantees one); writing needs camunda-admin.
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

    private final CalendarService calendars;
    private final CurrentUser currentUser;

    public CalendarController(CalendarService calendars, CurrentUser currentUser) {
        this.calendars = calendars;
        this.currentUser = currentUser;
    }

    @GetMapping("/missing-years")
    public MissingYears missingYears() {
        return calendars.missingYears();
    }

    @GetMapping("/{year:\\d{4}}")
    public CalendarYearView year(@PathVariable("year") int year) {
        return calendars.year(year);
    }

    /** Replaces the whole year; answers the year as now stored. */
    @PutMapping("/{year:\\d{4}}")
    public CalendarYearView replaceYear(@PathVariable("year") int year, @RequestBody CalendarYearUpdate body) {
        currentUser.requireAnyGroup(CurrentUser.ADMIN_GROUP);
        calendars.replaceYear(year, body, currentUser.userId());
        return calendars.year(year);
    }
}
