package cn.jiangmen.greenchannel.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails (never skips) the PostgreSQL run when it is not pointed at PostgreSQL, so a missing
 * database cannot pass as an H2 run twice.
 */
public class DatabaseUnderTest implements BeforeAllCallback {

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("greenchannel.test.database"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        GreenChannelTestClock.useChinaTimeZoneOnce();
        if (postgres()) {
            assertThat(System.getProperty("GC_TEST_DB_URL"))
                    .as("PostgreSQL run needs GC_TEST_PG_URL etc.: run the suite with scripts/test.sh")
                    .startsWith("jdbc:postgresql:");
        }
    }
}
