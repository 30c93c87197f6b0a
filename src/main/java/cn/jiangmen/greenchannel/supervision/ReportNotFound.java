package cn.jiangmen.greenchannel.supervision;

/** A report that does not exist (yet): answered 404 with a stable code and a Chinese message. */
public class ReportNotFound extends RuntimeException {

    private final String code;

    public ReportNotFound(String code, String chineseMessage) {
        super(chineseMessage);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
