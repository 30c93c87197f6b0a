package cn.jiangmen.greenchannel.web;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The user our {@code /api} authentication filter logged in for this request (the engine's
 * current authentication), with the group checks endpoints need.
 */
@Component
public class CurrentUser {

    public static final String ADMIN_GROUP = "camunda-admin";

    private final IdentityService identityService;

    public CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String userId() {
        Authentication auth = identityService.getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }

    public List<String> groupIds() {
        Authentication auth = identityService.getCurrentAuthentication();
        return auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    }

    public boolean isMemberOf(String groupId) {
        return groupIds().contains(groupId);
    }

    public void requireAnyGroup(String... groups) {
        for (String g : groups) {
            if (isMemberOf(g)) {
                return;
            }
        }
        throw new AccessDenied("GC-AUTH-403", "无权执行此操作");
    }
}
