package cn.jiangmen.greenchannel.supervision;

import cn.jiangmen.greenchannel.project.ProjectStatus;
import cn.jiangmen.greenchannel.project.Tier;
import java.util.Map;

/** Chinese labels of the codes reports show (the codes' one source is the contract). */
final class Labels {

    static final Map<String, String> INVESTOR_ORIGIN = Map.of("DOMESTIC", "境内", "HMT", "港澳台",
            "FOREIGN", "外资", "OVERSEAS_CHINESE", "华侨");

    private Labels() {
    }

    static String status(String code) {
        try {
            return ProjectStatus.valueOf(code).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return code;
        }
    }

    static String tier(String code) {
        try {
            return Tier.valueOf(code).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return code == null ? "" : code;
        }
    }

    static String origin(String code) {
        return code == null ? "" : INVESTOR_ORIGIN.getOrDefault(code, code);
    }
}
