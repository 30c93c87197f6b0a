package cn.jiangmen.greenchannel.approval;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The item catalogue (domain.md §4) kept in our tables: names, stage, department, materials.
 * Also the bean the stage's multi-instance reads its item list from.
 */
@Component("approvalCatalogue")
public class ApprovalCatalogue {

    public record Item(String code, String name, int stage, String departmentGroup) {
    }

    public record Material(String code, String name, boolean core, boolean decisive) {
    }

    private final JdbcTemplate jdbc;

    public ApprovalCatalogue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Item> item(String code) {
        return jdbc.query("SELECT code, name, stage, department_group FROM greenchannel.approval_item WHERE code = ?",
                (rs, i) -> new Item(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)), code)
                .stream().findFirst();
    }

    public List<Item> items() {
        return jdbc.query("SELECT code, name, stage, department_group FROM greenchannel.approval_item ORDER BY sort_order",
                (rs, i) -> new Item(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
    }

    public List<Material> materials(String itemCode) {
        return jdbc.query("SELECT material_code, name, core, decisive FROM greenchannel.approval_item_material "
                + "WHERE item_code = ? ORDER BY sort_order",
                (rs, i) -> new Material(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)), itemCode);
    }

    /** For the multi-instance: "EIA,FILING" → [EIA, FILING]. */
    public List<String> itemList(String confirmedItems) {
        return confirmedItems == null || confirmedItems.isBlank() ? List.of()
                : List.of(confirmedItems.split(","));
    }

    /**
     * Checks the lead department's confirmed list: known items of this stage, no repeats, at
     * least one. Returns the normalised comma-separated list.
     */
    public String confirm(String list, int stage) {
        if (list == null || list.isBlank()) {
            throw new BusinessRuleViolation("GC-IN-001", "请填写“本阶段审批事项”");
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (String raw : list.split("[,，\\s]+")) {
            String code = raw.strip().toUpperCase();
            if (code.isEmpty()) {
                continue;
            }
            Item item = item(code).orElseThrow(() -> new BusinessRuleViolation("GC-GC-404", "未知的审批事项代码：" + code));
            if (item.stage() != stage) {
                throw new BusinessRuleViolation("GC-GC-422", "审批事项“" + item.name() + "”不属于本阶段");
            }
            codes.add(code);
        }
        if (codes.isEmpty()) {
            throw new BusinessRuleViolation("GC-IN-001", "请填写“本阶段审批事项”");
        }
        return String.join(",", codes);
    }

    /** Missing material codes of an item, checked against its list. */
    public List<Material> missing(String itemCode, String csv) {
        List<Material> all = materials(itemCode);
        Map<String, Material> byCode = all.stream().collect(Collectors.toMap(Material::code, m -> m));
        List<Material> missing = new ArrayList<>();
        if (csv == null || csv.isBlank()) {
            return missing;
        }
        for (String raw : csv.split("[,，\\s]+")) {
            String code = raw.strip().toUpperCase();
            if (code.isEmpty()) {
                continue;
            }
            Material m = byCode.get(code);
            if (m == null) {
                throw new BusinessRuleViolation("GC-GC-404", "本事项没有代码为 " + code + " 的申报材料");
            }
            if (!missing.contains(m)) {
                missing.add(m);
            }
        }
        return missing;
    }

    /** "CODE 名称（核心/非核心）" lines for the form. */
    public String materialList(String itemCode) {
        return materials(itemCode).stream()
                .map(m -> m.code() + " " + m.name() + (m.decisive() ? "（决定性材料，不可容缺）" : m.core() ? "（核心）" : "（非核心，可容缺）"))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Replaces an item's materials (administrators keep the catalogue). The decisive document
     * must be core: it is never tolerable (§4).
     */
    public void replaceMaterials(String itemCode, List<Material> materials) {
        item(itemCode).orElseThrow(() -> new BusinessRuleViolation("GC-GC-404", "未知的审批事项代码：" + itemCode));
        if (materials.isEmpty()) {
            throw new BusinessRuleViolation("GC-IN-001", "材料清单不能为空");
        }
        if (materials.stream().noneMatch(Material::decisive)) {
            throw new BusinessRuleViolation("GC-GC-422", "材料清单须指明决定性材料");
        }
        for (Material m : materials) {
            if (m.decisive() && !m.core()) {
                throw new BusinessRuleViolation("GC-GC-422", "决定性材料“" + m.name() + "”不得列为可容缺材料");
            }
            if (m.code() == null || !m.code().matches("[A-Z0-9_]{1,32}") || m.name() == null || m.name().isBlank()
                    || m.name().length() > 100) {
                throw new BusinessRuleViolation("GC-IN-002", "材料代码须为大写字母、数字或下划线，名称不超过100字");
            }
        }
        jdbc.update("DELETE FROM greenchannel.approval_item_material WHERE item_code = ?", itemCode);
        int order = 1;
        for (Material m : materials) {
            jdbc.update("INSERT INTO greenchannel.approval_item_material (item_code, material_code, name, core, decisive, "
                    + "sort_order) VALUES (?, ?, ?, ?, ?, ?)", itemCode, m.code(), m.name(), m.core(), m.decisive(), order++);
        }
    }
}
