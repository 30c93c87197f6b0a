package cn.jiangmen.greenchannel.approval;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.organisation.OrganisationGroups;
import cn.jiangmen.greenchannel.web.CurrentUser;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The green channel over our API: the catalogue, its maintenance, and whether the channel is faster. */
@RestController
@RequestMapping("/api")
public class GreenChannelController {

    private final ApprovalCatalogue catalogue;
    private final ApprovalCaseRepository cases;
    private final CurrentUser currentUser;

    public GreenChannelController(ApprovalCatalogue catalogue, ApprovalCaseRepository cases, CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.cases = cases;
        this.currentUser = currentUser;
    }

    public record ItemView(String code, String name, int stage, String departmentGroup,
            List<ApprovalCatalogue.Material> materials) {
    }

    @GetMapping("/approval-items")
    public List<ItemView> items() {
        return catalogue.items().stream().map(i -> new ItemView(i.code(), i.name(), i.stage(), i.departmentGroup(),
                catalogue.materials(i.code()))).toList();
    }

    /** Administrators keep the materials; the decisive document can never be made tolerable. */
    @PutMapping("/approval-items/{code}/materials")
    @Transactional
    public ItemView replaceMaterials(@PathVariable String code, @RequestBody List<ApprovalCatalogue.Material> materials) {
        currentUser.requireAnyGroup(CurrentUser.ADMIN_GROUP);
        if (materials == null) {
            throw new BusinessRuleViolation("GC-IN-001", "材料清单不能为空");
        }
        catalogue.replaceMaterials(code, materials);
        ApprovalCatalogue.Item item = catalogue.item(code).orElseThrow();
        return new ItemView(item.code(), item.name(), item.stage(), item.departmentGroup(), catalogue.materials(code));
    }

    /** Per item and department: average working days used against the limit, share by mode, overdue. */
    @GetMapping("/green-channel/performance")
    public List<Map<String, Object>> performance() {
        currentUser.requireAnyGroup(OrganisationGroups.CITY_CENTRE, OrganisationGroups.CITY_LEADERS,
                OrganisationGroups.MANAGERS, OrganisationGroups.ADMINISTRATORS);
        return cases.performance();
    }
}
