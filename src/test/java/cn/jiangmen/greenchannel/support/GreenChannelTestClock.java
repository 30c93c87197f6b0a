package cn.jiangmen.greenchannel.support;

import cn.jiangmen.greenchannel.GreenChannelApplication;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Moves the engine clock in Asia/Shanghai business time. */
public final class GreenChannelTestClock {

    private static boolean zoneSet;

    private GreenChannelTestClock() {
    }

    /** As the application's main does: the JVM runs in Asia/Shanghai (surefire starts it in UTC). */
    public static synchronized void useChinaTimeZoneOnce() {
        if (!zoneSet) {
            GreenChannelApplication.useChinaTimeZone();
            zoneSet = true;
        }
    }

    public static void setChinaTime(String isoLocalDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(isoLocalDateTime)
                .atZone(cn.jiangmen.greenchannel.common.Zones.CHINA).toInstant()));
    }

    public static void reset() {
        ClockUtil.reset();
    }
}
