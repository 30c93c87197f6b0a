package cn.jiangmen.greenchannel.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Business time is Asia/Shanghai (domain.md §10.1), read from the engine clock so tests move it. */
public final class Zones {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Zones() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), CHINA);
    }

    public static LocalDate today() {
        return now().toLocalDate();
    }
}
