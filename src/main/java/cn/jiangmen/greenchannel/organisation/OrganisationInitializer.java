package cn.jiangmen.greenchannel.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the groups of domain.md §9 on every start (idempotent), and in the demo set-up the demo
 * users of {@link DemoOrganisation}. Existing groups and users are left as administrators keep them.
 */
@Component
public class OrganisationInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationInitializer.class);
    private static final String GROUP_TYPE = "WORKFLOW";

    private final IdentityService identityService;
    private final ReferenceData referenceData;
    private final boolean demoEnabled;
    private final String demoPassword;

    public OrganisationInitializer(IdentityService identityService, ReferenceData referenceData,
            @Value("${greenchannel.demo.enabled:false}") boolean demoEnabled,
            @Value("${greenchannel.demo.password:}") String demoPassword) {
        this.identityService = identityService;
        this.referenceData = referenceData;
        this.demoEnabled = demoEnabled;
        this.demoPassword = demoPassword;
    }

    @EventListener
    @Order(10)
    public void onEngineReady(PostDeployEvent event) {
        allGroups().forEach(this::ensureGroup);
        if (demoEnabled) {
            DemoOrganisation.users(referenceData).forEach(u -> ensureUser(u, demoPassword));
            LOG.info("演示组织已加载 (demo organisation loaded): {} users", DemoOrganisation.users(referenceData).size());
        }
    }

    /** Every group id of domain.md §9 with its Chinese name. */
    public Map<String, String> allGroups() {
        Map<String, String> groups = new LinkedHashMap<>(OrganisationGroups.fixedGroups());
        referenceData.counties().forEach(c -> groups.put(c.groupId(), c.name() + "投资促进部门"));
        referenceData.chains().stream().filter(ReferenceData.Chain::keyChain)
                .forEach(c -> groups.put(c.leadGroup(), c.name() + "产业链牵头单位"));
        return groups;
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(OrganisationGroups.ADMINISTRATORS.equals(id) ? "SYSTEM" : GROUP_TYPE);
        identityService.saveGroup(group);
    }

    private void ensureUser(DemoOrganisation.DemoUser demo, String password) {
        if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
            User user = identityService.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@demo.jiangmen.invalid");
            user.setPassword(password);
            identityService.saveUser(user);
        }
        for (String groupId : demo.groups()) {
            if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(groupId).count() == 0) {
                identityService.createMembership(demo.id(), groupId);
            }
        }
    }
}
