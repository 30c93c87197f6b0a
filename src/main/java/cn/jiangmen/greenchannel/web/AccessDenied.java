package cn.jiangmen.greenchannel.web;

/** The logged-in user's groups do not allow this action (answered 403). */
public class AccessDenied extends RuntimeException {

    private final String code;

    public AccessDenied(String code, String chineseMessage) {
        super(chineseMessage);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
