package cn.jiangmen.greenchannel.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login for our {@code /api} (domain.md §10.19): HTTP Basic for integrators, checked against the
 * engine's users (with its login throttling), or the Camunda webapps' own session for the Cockpit
 * pages (ledger, bulletins, assessment, dashboard). A session request that changes something must
 * carry the webapps' XSRF token, as Camunda's own webapp API requires. Either way the user's groups
 * are read from the identity service on every request (a membership removed in Admin counts at
 * once) and set as the engine's current authentication, cleared afterwards.
 */
@Component
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final String CHALLENGE = "Basic realm=\"green-channel\", charset=\"UTF-8\"";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final IdentityService identityService;
    private final String engineName;

    public ApiAuthenticationFilter(ProcessEngine processEngine) {
        this.identityService = processEngine.getIdentityService();
        this.engineName = processEngine.getName();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        String userId;
        if (authorization != null) {
            String[] credentials = basicCredentials(authorization);
            if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "GC-AUTH-401", "请先登录");
                return;
            }
            userId = credentials[0];
        } else {
            userId = sessionUser(request);
            if (userId == null) {
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "GC-AUTH-401", "请先登录");
                return;
            }
            if (!SAFE_METHODS.contains(request.getMethod()) && !validXsrfToken(request)) {
                refuse(response, HttpServletResponse.SC_FORBIDDEN, "GC-AUTH-CSRF", "页面已过期，请刷新后重试");
                return;
            }
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).unlimitedList()
                .stream().map(Group::getId).toList();
        try {
            identityService.setAuthentication(userId, groups);
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The user logged in to the webapps in this session for our engine, if that user still exists. */
    private String sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engineName);
        if (authentication == null || authentication.getName() == null) {
            return null;
        }
        String userId = authentication.getName();
        return identityService.createUserQuery().userId(userId).count() == 1 ? userId : null;
    }

    private static boolean validXsrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected != null && sent != null && MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
        }
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(("{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
