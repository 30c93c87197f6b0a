package cn.jiangmen.greenchannel.organisation;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the application-level grants of {@link RoleGrants} for every group of the organisation on
 * every start. Idempotent: a missing authorization is created, a missing permission added; what an
 * administrator added is kept (nothing is revoked here).
 */
@Component
public class AuthorizationInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationInitializer.class);

    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final OrganisationInitializer organisation;
    private final TasklistFilters tasklistFilters;

    public AuthorizationInitializer(AuthorizationService authorizationService, FilterService filterService,
            OrganisationInitializer organisation, TasklistFilters tasklistFilters) {
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.organisation = organisation;
        this.tasklistFilters = tasklistFilters;
    }

    /** First among the start-up listeners: demo data and anything else acting as a user needs the grants. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    public void onEngineReady(PostDeployEvent event) {
        // Our shared filters must exist before READ on them can be granted (both steps are idempotent).
        tasklistFilters.onEngineReady(event);
        grantAll();
    }

    /**
     * Once every start-up listener has run: shared filters other listeners created after us (they have
     * no owner) get their READ grants too.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void onApplicationReady() {
        grantAll();
    }

    private void grantAll() {
        List<String> filterIds = sharedFilterIds();
        int changed = 0;
        for (String groupId : organisation.allGroups().keySet()) {
            for (RoleGrants.Grant grant : RoleGrants.of(Role.of(groupId), filterIds)) {
                if (ensureGroupGrant(groupId, grant)) {
                    changed++;
                }
            }
        }
        LOG.info("权限初始化完成 (application-level grants checked): {} created or extended", changed);
    }

    /** The shared Tasklist filters: those without an owner (only administrators may create filters). */
    public List<String> sharedFilterIds() {
        return filterService.createFilterQuery().unlimitedList().stream()
                .filter(f -> f.getOwner() == null).map(Filter::getId).toList();
    }

    /** @return true if an authorization was created or a permission added. */
    boolean ensureGroupGrant(String groupId, RoleGrants.Grant grant) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(grant.resource()).resourceId(grant.resourceId())
                .singleResult();
        Authorization authorization = existing;
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        }
        boolean missing = existing == null;
        for (Permission permission : grant.permissions()) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                missing = true;
            }
        }
        if (missing) {
            authorizationService.saveAuthorization(authorization);
        }
        return missing;
    }
}
