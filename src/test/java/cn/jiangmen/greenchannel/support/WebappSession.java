package cn.jiangmen.greenchannel.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser's session with the Camunda webapps: the session cookie, the XSRF cookie and the
 * {@code X-XSRF-TOKEN} header the webapps send back on every modifying request.
 */
public class WebappSession {

    private static final String AUTH = "/camunda/api/admin/auth/user/default";

    private final TestRestTemplate rest;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String xsrfToken;

    public WebappSession(TestRestTemplate rest) {
        this.rest = rest;
        refreshToken();
    }

    /** Logs in to one webapp ({@code tasklist}, {@code cockpit}, {@code admin}); answers the HTTP status. */
    public int login(String app, String user, String password) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> answer = rest.exchange(AUTH + "/login/" + app, HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        remember(answer);
        // the login starts a new session, which gets its own XSRF token
        refreshToken();
        return answer.getStatusCode().value();
    }

    public ResponseEntity<String> get(String path) {
        ResponseEntity<String> answer = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
        remember(answer);
        return answer;
    }

    public ResponseEntity<String> post(String path, Object body, boolean withXsrfToken) {
        HttpHeaders headers = headers();
        if (!withXsrfToken) {
            headers.remove("X-XSRF-TOKEN");
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        remember(answer);
        return answer;
    }

    /** The raw Set-Cookie headers of an answer, for attribute checks. */
    public static List<String> setCookies(ResponseEntity<?> answer) {
        List<String> values = answer.getHeaders().get(HttpHeaders.SET_COOKIE);
        return values == null ? List.of() : values;
    }

    private void refreshToken() {
        ResponseEntity<String> answer = rest.exchange(AUTH, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
        remember(answer);
        String header = answer.getHeaders().getFirst("X-XSRF-TOKEN");
        if (header != null) {
            xsrfToken = header;
        }
    }

    private void remember(ResponseEntity<?> answer) {
        for (String setCookie : setCookies(answer)) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        String header = answer.getHeaders().getFirst("X-XSRF-TOKEN");
        if (header != null) {
            xsrfToken = header;
        }
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        if (!cookies.isEmpty()) {
            headers.set(HttpHeaders.COOKIE, cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (xsrfToken != null) {
            headers.set("X-XSRF-TOKEN", xsrfToken);
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
        return headers;
    }
}
