package cn.jiangmen.greenchannel.calendar;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** H2 as application.yaml configures it: {@code MODE=PostgreSQL}, identifiers folded to upper case. */
class CalendarRepositoryTest extends AbstractCalendarRepositoryTest {

    @Override
    DataSource openDatabase() {
        return h2("");
    }

    @Override
    void closeDatabase(JdbcTemplate jdbc) {
        jdbc.execute("SHUTDOWN");
    }
}
