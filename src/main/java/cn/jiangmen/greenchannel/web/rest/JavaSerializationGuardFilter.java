package cn.jiangmen.greenchannel.web.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a JSON request that carries a Java-serialized variable with 400 before the engine sees it,
 * on the webapps' own engine API ({@code /camunda/api/engine}), where our JAX-RS mappers
 * ({@link EngineRestExceptionMappers}, for {@code /engine-rest}) are not registered and the engine's
 * refusal would come back as 500. Java serialization stays off in the engine either way.
 */
public class JavaSerializationGuardFilter extends OncePerRequestFilter {

    static final String MARKER = "application/x-java-serialized-object";
    private static final int MAX_INSPECTED = 10 * 1024 * 1024;

    @Configuration
    public static class Registration {
        @Bean
        public FilterRegistrationBean<JavaSerializationGuardFilter> javaSerializationGuard() {
            FilterRegistrationBean<JavaSerializationGuardFilter> registration =
                    new FilterRegistrationBean<>(new JavaSerializationGuardFilter());
            registration.setName("java-serialization-guard");
            registration.addUrlPatterns("/camunda/api/engine/*");
            registration.setOrder(10);
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        boolean json = contentType != null && contentType.toLowerCase().contains("json");
        boolean writes = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        if (!json || !writes || request.getContentLengthLong() > MAX_INSPECTED) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_INSPECTED + 1);
        if (body.length <= MAX_INSPECTED && new String(body, StandardCharsets.UTF_8).contains(MARKER)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(("{\"type\":\"InvalidRequestException\",\"code\":\""
                    + EngineRestErrors.JAVA_SERIALIZATION + "\",\"message\":\"[" + EngineRestErrors.JAVA_SERIALIZATION
                    + "] 不接受 Java 序列化格式的变量（application/x-java-serialized-object），请以 JSON 或基本类型提交\"}")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    /** The request with its body read once and offered again. */
    static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }
    }
}
