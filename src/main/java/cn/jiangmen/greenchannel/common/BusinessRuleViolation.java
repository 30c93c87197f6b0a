package cn.jiangmen.greenchannel.common;

/**
 * Bad input or a refused business action: a stable code for programs ({@code GC-...}) and a
 * Chinese message for people. Thrown by domain code; adapters turn it into a 400 (our API),
 * a form-field validation error (Tasklist) or a BpmnError.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String code;
    private final String chineseMessage;

    public BusinessRuleViolation(String code, String chineseMessage) {
        super("[" + code + "] " + chineseMessage);
        this.code = code;
        this.chineseMessage = chineseMessage;
    }

    public String code() {
        return code;
    }

    public String chineseMessage() {
        return chineseMessage;
    }
}
