package cn.jiangmen.greenchannel.transfer;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.project.ProjectStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules of a transfer (domain.md §6, §10.8), plain Java. */
public final class TransferRules {

    public static final Set<String> REASON_CATEGORIES = Set.of("LAND", "ENERGY_QUOTA", "POLLUTANT_QUOTA",
            "ENVIRONMENT_CAPACITY", "INDUSTRY_POSITIONING", "INVESTOR_PREFERENCE", "OTHER");

    /** From 投产 on a project stays where it produces (§10.8: a transfer is possible before 投产). */
    private static final Set<ProjectStatus> TOO_LATE = EnumSet.of(ProjectStatus.IN_PRODUCTION,
            ProjectStatus.EVALUATING, ProjectStatus.BREACH_RECOVERY);

    private TransferRules() {
    }

    public static void requireTransferable(ProjectStatus status) {
        if (status == ProjectStatus.IN_TRANSFER) {
            throw new BusinessRuleViolation("GC-TRF-409", "该项目已有正在办理的流转申请，不能重复申请");
        }
        if (status.isFinal()) {
            throw new BusinessRuleViolation("GC-TRF-410", "项目已终结（" + status.label() + "），不能申请流转");
        }
        if (TOO_LATE.contains(status)) {
            throw new BusinessRuleViolation("GC-TRF-411", "项目已投产（" + status.label() + "），不能再申请市域内流转");
        }
    }

    /**
     * Counties in offer order, parsed from "xinhui,taishan": known codes, no repeats, never the
     * project's own county.
     */
    public static List<String> parseCounties(String list, String label, Collection<String> known, String owner) {
        if (list == null || list.isBlank()) {
            throw new BusinessRuleViolation("GC-IN-001", "请填写“" + label + "”");
        }
        LinkedHashSet<String> counties = new LinkedHashSet<>();
        for (String raw : list.split("[,，\\s]+")) {
            String code = raw.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (!known.contains(code)) {
                throw new BusinessRuleViolation("GC-IN-005", "“" + label + "”中的县区代码无效：" + code);
            }
            if (code.equals(owner)) {
                throw new BusinessRuleViolation("GC-TRF-422", "不能向项目当前所属县（市、区）征询承接");
            }
            if (!counties.add(code)) {
                throw new BusinessRuleViolation("GC-TRF-422", "“" + label + "”中重复列出了 " + code);
            }
        }
        if (counties.isEmpty()) {
            throw new BusinessRuleViolation("GC-IN-001", "请填写“" + label + "”");
        }
        return new ArrayList<>(counties);
    }

    /**
     * The ranking the centre starts from and may override: the investor's preferred county first,
     * then counties where the project's chain already clusters (more projects of the chain), then
     * the city's usual county order. The owner county is never proposed.
     */
    public static List<String> rank(List<String> countiesInOrder, String owner, String preferred,
            Map<String, Integer> chainProjectsByCounty) {
        List<String> candidates = new ArrayList<>(countiesInOrder);
        candidates.remove(owner);
        candidates.sort(Comparator
                .comparing((String c) -> !c.equals(preferred))
                .thenComparing(c -> -chainProjectsByCounty.getOrDefault(c, 0))
                .thenComparing(countiesInOrder::indexOf));
        return candidates;
    }

    public static String join(List<String> counties) {
        return String.join(",", counties);
    }

    public static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
