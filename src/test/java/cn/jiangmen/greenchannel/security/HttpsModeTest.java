package cn.jiangmen.greenchannel.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.support.EngineRestClient;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import cn.jiangmen.greenchannel.support.WebappSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** Behind an HTTPS proxy one switch makes every cookie Secure and every answer carry HSTS. */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "greenchannel.behind-https=true")
class HttpsModeTest {

    @Autowired TestRestTemplate rest;

    @Test
    void cookies_are_secure_and_hsts_is_sent_everywhere() {
        ResponseEntity<String> answer = rest.getForEntity("/camunda/api/admin/auth/user/default", String.class);
        List<String> cookies = WebappSession.setCookies(answer);
        assertThat(cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow())
                .contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow())
                .contains("Secure").contains("SameSite=Lax").doesNotContainIgnoringCase("HttpOnly");

        assertThat(rest.getForEntity("/camunda/app/tasklist/default/", String.class).getHeaders()
                .getFirst("Strict-Transport-Security")).startsWith("max-age=");
        assertThat(rest.getForEntity("/api/projects/JM2026-00001", String.class).getHeaders()
                .getFirst("Strict-Transport-Security")).startsWith("max-age=");
        assertThat(new EngineRestClient(rest, "admin", "Demo@2026jm").getText("/task?firstResult=0&maxResults=1")
                .getHeaders().getFirst("Strict-Transport-Security")).startsWith("max-age=");
    }
}
