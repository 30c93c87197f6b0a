package cn.jiangmen.greenchannel;

import java.util.TimeZone;
import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Jiangmen Green Channel: the process application that deploys bpmn/ and forms/. */
@SpringBootApplication
@EnableProcessApplication
public class GreenChannelApplication {

    public static final String ZONE = "Asia/Shanghai";

    public static void main(String[] args) {
        useChinaTimeZone();
        SpringApplication.run(GreenChannelApplication.class, args);
    }

    /** Business dates and timers are Asia/Shanghai (domain.md §10.1); machines run UTC. */
    public static void useChinaTimeZone() {
        TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
    }
}
