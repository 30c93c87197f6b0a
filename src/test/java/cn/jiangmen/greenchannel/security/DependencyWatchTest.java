package cn.jiangmen.greenchannel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.util.ServerInfo;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.core.SpringVersion;

/**
 * The versions docs/security.md's watch list speaks about, as they are on the classpath. The Maven
 * enforcer rule (pom.xml, security-dependency-floor) guards the Maven artifacts; the JavaScript
 * inside Camunda's webapp jar is checked here, since Maven cannot see or override it.
 */
class DependencyWatchTest {

    @Test
    void the_runtime_is_at_or_above_the_documented_floor() {
        assertThat(atLeast(SpringBootVersion.getVersion(), "3.5.7")).as("Spring Boot").isTrue();
        assertThat(atLeast(SpringVersion.getVersion(), "6.2.12")).as("Spring Framework").isTrue();
        assertThat(atLeast(ServerInfo.getServerNumber(), "10.1.48")).as("Tomcat " + ServerInfo.getServerNumber()).isTrue();
        assertThat(atLeast(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(), "2.19.2"))
                .as("Jackson").isTrue();
    }

    @Test
    void the_webapp_javascript_is_what_the_watch_list_describes() throws IOException {
        String licenses = resource("/META-INF/resources/webjars/camunda/lib/deps.js.LICENSE.txt");
        Matcher dompurify = Pattern.compile("@license DOMPurify (\\d+\\.\\d+\\.\\d+)").matcher(licenses);
        assertThat(dompurify.find()).isTrue();
        assertThat(atLeast(dompurify.group(1), "3.2.4")).as("DOMPurify " + dompurify.group(1)).isTrue();
        String deps = resource("/META-INF/resources/webjars/camunda/lib/deps.js");
        // AngularJS is HeroDevs' "never-ending support" build, not Google's end-of-life 1.8.x
        assertThat(deps).contains("distribution:\"AngularJS NES\"").contains("full:\"1.9.9\"");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DependencyWatchTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static boolean atLeast(String version, String floor) {
        String[] v = version.split("[.-]");
        String[] f = floor.split("[.-]");
        for (int i = 0; i < f.length; i++) {
            int a = i < v.length && v[i].matches("\\d+") ? Integer.parseInt(v[i]) : 0;
            int b = Integer.parseInt(f[i]);
            if (a != b) {
                return a > b;
            }
        }
        return true;
    }
}
