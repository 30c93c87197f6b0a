package cn.jiangmen.greenchannel.calendar;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** H2 folding identifiers to lower case like PostgreSQL ({@code DATABASE_TO_LOWER=TRUE}). */
class CalendarRepositoryLowerCaseH2Test extends AbstractCalendarRepositoryTest {

    @Override
    DataSource openDatabase() {
        return h2(";DATABASE_TO_LOWER=TRUE");
    }

    @Override
    void closeDatabase(JdbcTemplate jdbc) {
        jdbc.execute("SHUTDOWN");
    }
}
