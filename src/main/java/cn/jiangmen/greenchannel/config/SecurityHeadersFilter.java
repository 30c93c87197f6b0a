package cn.jiangmen.greenchannel.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Response headers Camunda's webapp filter does not give our APIs: {@code /api} and
 * {@code /engine-rest} answers are never sniffed, framed or cached (they carry project data).
 * Behind HTTPS ({@code greenchannel.behind-https}) every answer, webapps included, carries HSTS.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String HSTS = "max-age=31536000";

    private final boolean behindHttps;

    public SecurityHeadersFilter(boolean behindHttps) {
        this.behindHttps = behindHttps;
    }

    /** Registered for every path, before the authentication filters (a 401 carries the headers too). */
    @Configuration
    public static class Registration {
        @Bean
        public FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(
                @Value("${greenchannel.behind-https:false}") boolean behindHttps) {
            FilterRegistrationBean<SecurityHeadersFilter> registration =
                    new FilterRegistrationBean<>(new SecurityHeadersFilter(behindHttps));
            registration.setName("security-headers");
            registration.addUrlPatterns("/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.equals("/engine-rest")) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Cache-Control", "no-store");
        }
        if (behindHttps) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
