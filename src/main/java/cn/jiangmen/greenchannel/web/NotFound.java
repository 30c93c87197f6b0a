package cn.jiangmen.greenchannel.web;

/** The thing asked for does not exist (answered 404 with a stable code and a Chinese message). */
public class NotFound extends RuntimeException {

    private final String code;

    public NotFound(String code, String chineseMessage) {
        super(chineseMessage);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
