package cn.jiangmen.greenchannel.web.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Turns what Camunda's REST API answers with 500 (or an English 400) for bad input into a 400 with a
 * stable code and a Chinese message, the same shape on every /engine-rest path (docs/security.md):
 * <pre>{"type": "...", "code": "GC-IN-001", "message": "[GC-IN-001] 请填写“项目名称”"}</pre>
 * Everything else keeps Camunda's own answer.
 */
public final class EngineRestErrors {

    /** Our refusals: {@code [GC-XXX-nnn] 中文说明} (BusinessRuleViolation's message). */
    private static final Pattern OUR_REFUSAL = Pattern.compile("\\[(GC-[A-Z]+-\\d{3})\\]\\s*(.*)", Pattern.DOTALL);

    public static final String MALFORMED = "GC-REQ-001";
    public static final String INVALID_REQUEST = "GC-REQ-002";
    public static final String JAVA_SERIALIZATION = "GC-REQ-003";
    public static final String PASSWORD_POLICY = "GC-REQ-004";

    private EngineRestErrors() {
    }

    /** The 400 answer for a refusal among the causes of {@code e}, if there is one. */
    public static Optional<Response> badInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthorizationException) {
                return Optional.empty();
            }
            if (t instanceof BusinessRuleViolation violation) {
                return Optional.of(answer("BusinessRuleViolation", violation.code(), violation.getMessage()));
            }
            if (t instanceof FormFieldValidationException) {
                Matcher m = OUR_REFUSAL.matcher(String.valueOf(t.getMessage()));
                if (m.find()) {
                    return Optional.of(answer("FormFieldValidationException", m.group(1),
                            "[" + m.group(1) + "] " + m.group(2)));
                }
            }
            if (t instanceof ProcessEngineException && t.getMessage() != null
                    && t.getMessage().contains("Password does not match policy")) {
                return Optional.of(answer("InvalidRequestException", PASSWORD_POLICY, "[" + PASSWORD_POLICY
                        + "] 密码不符合密码策略：至少10个字符，须含大写字母、小写字母、数字和特殊字符，且不得包含账号或姓名"));
            }
            if (t instanceof ProcessEngineException && t.getMessage() != null
                    && t.getMessage().contains("Java serialization format is prohibited")) {
                return Optional.of(answer("InvalidRequestException", JAVA_SERIALIZATION,
                        "[" + JAVA_SERIALIZATION + "] 不接受 Java 序列化格式的变量（application/x-java-serialized-object），"
                                + "请以 JSON 或基本类型提交"));
            }
        }
        return Optional.empty();
    }

    public static Response malformed() {
        return answer("InvalidRequestException", MALFORMED, "[" + MALFORMED + "] 请求内容格式错误，无法解析（须为有效的 JSON）");
    }

    /** Camunda's own 400 (e.g. a value that does not fit its declared type), with our code and Chinese. */
    public static Response invalidRequest(RestException e) {
        return answer(e.getClass().getSimpleName(), INVALID_REQUEST,
                "[" + INVALID_REQUEST + "] 请求参数无效：" + withoutPrefix(e.getMessage()));
    }

    static Response answer(String type, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("code", code);
        body.put("message", message);
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** "Cannot instantiate process definition x: Cannot convert value ..." → the last, useful part. */
    private static String withoutPrefix(String message) {
        if (message == null) {
            return "";
        }
        int colon = message.lastIndexOf(": ");
        return colon >= 0 && colon + 2 < message.length() ? message.substring(colon + 2) : message;
    }
}
