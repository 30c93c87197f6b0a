package cn.jiangmen.greenchannel.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.function.Function;

/**
 * Reads and checks submitted values (forms validate only in the browser; domain.md §10.12: Tasklist
 * sends numbers untyped, dates as yyyy-MM-dd). Every refusal names the field in Chinese.
 */
public final class Inputs {

    public static final String MISSING = "GC-IN-001";
    public static final String WRONG_TYPE = "GC-IN-002";
    public static final String OUT_OF_RANGE = "GC-IN-003";
    public static final String TOO_LONG = "GC-IN-004";
    public static final String UNKNOWN_CODE = "GC-IN-005";
    public static final String DATE_ORDER = "GC-IN-006";

    private final Function<String, Object> values;

    public Inputs(Function<String, Object> values) {
        this.values = values;
    }

    public Object raw(String key) {
        return values.apply(key);
    }

    public String text(String key, String label, int maxLength) {
        String value = optionalText(key, label, maxLength);
        if (value == null) {
            throw new BusinessRuleViolation(MISSING, "请填写“" + label + "”");
        }
        return value;
    }

    public String optionalText(String key, String label, int maxLength) {
        Object raw = raw(key);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String s)) {
            throw new BusinessRuleViolation(WRONG_TYPE, "“" + label + "”应为文本");
        }
        String trimmed = s.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > maxLength) {
            throw new BusinessRuleViolation(TOO_LONG, "“" + label + "”不能超过" + maxLength + "个字");
        }
        return trimmed;
    }

    public String code(String key, String label, Collection<String> allowed) {
        Object raw = raw(key);
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            throw new BusinessRuleViolation(MISSING, "请选择“" + label + "”");
        }
        if (!(raw instanceof String s) || !allowed.contains(s)) {
            throw new BusinessRuleViolation(UNKNOWN_CODE, "“" + label + "”的取值无效：" + abbreviate(raw));
        }
        return s;
    }

    public long wholeNumber(String key, String label, long min, long max) {
        Object raw = raw(key);
        if (raw == null) {
            throw new BusinessRuleViolation(MISSING, "请填写“" + label + "”");
        }
        long value;
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
            value = ((Number) raw).longValue();
        } else if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && !Double.isInfinite(n.doubleValue())) {
            value = (long) n.doubleValue();
        } else if (raw instanceof String s && s.strip().matches("-?\\d{1,18}")) {
            value = Long.parseLong(s.strip());
        } else {
            throw new BusinessRuleViolation(WRONG_TYPE, "“" + label + "”应为整数");
        }
        if (value < min || value > max) {
            throw new BusinessRuleViolation(OUT_OF_RANGE, "“" + label + "”应在" + min + "至" + max + "之间");
        }
        return value;
    }

    public double decimal(String key, String label, double min, double max) {
        Object raw = raw(key);
        if (raw == null) {
            throw new BusinessRuleViolation(MISSING, "请填写“" + label + "”");
        }
        double value;
        if (raw instanceof Number n) {
            value = n.doubleValue();
        } else if (raw instanceof String s) {
            try {
                value = Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                throw new BusinessRuleViolation(WRONG_TYPE, "“" + label + "”应为数字");
            }
        } else {
            throw new BusinessRuleViolation(WRONG_TYPE, "“" + label + "”应为数字");
        }
        if (Double.isNaN(value) || value < min || value > max) {
            throw new BusinessRuleViolation(OUT_OF_RANGE, "“" + label + "”应在" + fmt(min) + "至" + fmt(max) + "之间");
        }
        return value;
    }

    public boolean flag(String key, String label) {
        Object raw = raw(key);
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof String s && (s.equals("true") || s.equals("false"))) {
            return Boolean.parseBoolean(s);
        }
        if (raw == null) {
            throw new BusinessRuleViolation(MISSING, "请选择“" + label + "”");
        }
        throw new BusinessRuleViolation(WRONG_TYPE, "“" + label + "”应为是或否");
    }

    public LocalDate date(String key, String label) {
        Object raw = raw(key);
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            throw new BusinessRuleViolation(MISSING, "请填写“" + label + "”");
        }
        if (raw instanceof Date d) {
            return d.toInstant().atZone(Zones.CHINA).toLocalDate();
        }
        if (raw instanceof String s) {
            try {
                // Camunda Forms send yyyy-MM-dd; a datetime value keeps only its date part.
                return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
            } catch (DateTimeParseException e) {
                throw new BusinessRuleViolation(WRONG_TYPE, "“" + label + "”应为日期（年-月-日）");
            }
        }
        throw new BusinessRuleViolation(WRONG_TYPE, "“" + label + "”应为日期（年-月-日）");
    }

    public static void requireNotBefore(LocalDate later, String laterLabel, LocalDate earlier, String earlierLabel) {
        if (later.isBefore(earlier)) {
            throw new BusinessRuleViolation(DATE_ORDER, "“" + laterLabel + "”不能早于“" + earlierLabel + "”");
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String abbreviate(Object raw) {
        String s = String.valueOf(raw);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
