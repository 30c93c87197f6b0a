package cn.jiangmen.greenchannel.audit;

import cn.jiangmen.greenchannel.common.Zones;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes deployments, authorization changes and user/group/membership changes to our audit table
 * (domain.md §10.15), in the engine's transaction: a change that rolls back leaves no entry.
 * Runs inside the engine's command context (a "post" interceptor). Only commands a client called
 * directly are recorded; what the engine or our listeners do inside another command (the
 * per-project grants of every new task) follows from that command and is not repeated here.
 */
public class EngineAuditInterceptor extends CommandInterceptor {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private volatile boolean ready;

    public EngineAuditInterceptor(AuditLog audit, JdbcTemplate jdbc) {
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Our tables exist (Flyway ran after the engine created its own); before that nothing is written. */
    public void markReady() {
        this.ready = true;
    }

    @Override
    public <T> T execute(Command<T> command) {
        int[] depth = DEPTH.get();
        boolean topLevel = depth[0] == 0;
        String before = topLevel && ready ? before(command) : null;
        depth[0]++;
        T result;
        try {
            result = next.execute(command);
        } finally {
            depth[0]--;
        }
        if (topLevel && ready) {
            record(command, result, before);
        }
        return result;
    }

    private String before(Command<?> command) {
        if (command instanceof DeleteAuthorizationCmd) {
            return describeStoredAuthorization((String) field(command, "authorizationId"));
        }
        if (command instanceof SaveAuthorizationCmd) {
            Authorization a = (Authorization) field(command, "authorization");
            return a == null || a.getId() == null ? null : describeStoredAuthorization(a.getId());
        }
        return null;
    }

    private void record(Command<?> command, Object result, String before) {
        if (command instanceof DeployCmd && result instanceof DeploymentWithDefinitions d && isNew(d)) {
            String definitions = definitionKeys(d);
            write("DEPLOYMENT_CREATED", null, null,
                    d.getName() + " [" + d.getId() + "] " + (d.getSource() == null ? "" : d.getSource() + " ") + definitions);
        } else if (command instanceof DeleteDeploymentCmd) {
            write("DEPLOYMENT_DELETED", null, (String) field(command, "deploymentId"), null);
        } else if (command instanceof SaveAuthorizationCmd && result instanceof Authorization a) {
            write(before == null ? "AUTHORIZATION_CREATED" : "AUTHORIZATION_UPDATED", projectOf(a.getResourceType(),
                    a.getResourceId()), before, describe(a));
        } else if (command instanceof DeleteAuthorizationCmd) {
            write("AUTHORIZATION_DELETED", null, before, null);
        } else if (command instanceof CreateMembershipCmd) {
            write("MEMBERSHIP_CREATED", null, null, field(command, "userId") + " → " + field(command, "groupId"));
        } else if (command instanceof DeleteMembershipCmd) {
            write("MEMBERSHIP_DELETED", null, field(command, "userId") + " → " + field(command, "groupId"), null);
        } else if (command instanceof SaveUserCmd) {
            User user = (User) field(command, "user");
            write("USER_SAVED", null, null, user == null ? null : user.getId()); // never the password
        } else if (command instanceof DeleteUserCmd) {
            write("USER_DELETED", null, (String) field(command, "userId"), null);
        } else if (command instanceof SaveGroupCmd) {
            Group group = (Group) field(command, "group");
            write("GROUP_SAVED", null, null, group == null ? null : group.getId() + " " + group.getName());
        } else if (command instanceof DeleteGroupCmd) {
            write("GROUP_DELETED", null, (String) field(command, "groupId"), null);
        }
    }

    private void write(String action, String projectCode, String before, String after) {
        audit.record(actor(), action, projectCode, before, after, null, Zones.now());
    }

    private static String actor() {
        Authentication authentication = Context.getProcessEngineConfiguration().getIdentityService()
                .getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /** A deployment inserted by this command, not the existing one returned for unchanged resources. */
    private static boolean isNew(DeploymentWithDefinitions deployment) {
        CachedDbEntity cached = Context.getCommandContext().getDbEntityManager().getDbEntityCache()
                .getCachedEntity(DeploymentEntity.class, deployment.getId());
        return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
    }

    private static String definitionKeys(DeploymentWithDefinitions d) {
        List<ResourceDefinition> all = new java.util.ArrayList<>();
        if (d.getDeployedProcessDefinitions() != null) {
            all.addAll(d.getDeployedProcessDefinitions());
        }
        if (d.getDeployedDecisionDefinitions() != null) {
            all.addAll(d.getDeployedDecisionDefinitions());
        }
        return all.stream().map(def -> def.getKey() + ":" + def.getVersion()).collect(Collectors.joining(", "));
    }

    static String describe(Authorization a) {
        String who = a.getGroupId() != null ? "group " + a.getGroupId() : "user " + a.getUserId();
        String type = switch (a.getAuthorizationType()) {
            case Authorization.AUTH_TYPE_GLOBAL -> "GLOBAL";
            case Authorization.AUTH_TYPE_REVOKE -> "REVOKE";
            default -> "GRANT";
        };
        Object bits = field(a, "permissions");
        return type + " " + who + " " + resourceName(a.getResourceType()) + "/" + a.getResourceId()
                + " " + permissionNames(a.getResourceType(), bits instanceof Integer i ? i : 0);
    }

    /** READ,CREATE_INSTANCE … as the Admin webapp shows them; ALL / NONE for the extremes. */
    static String permissionNames(int resourceType, int bits) {
        if (bits == Integer.MAX_VALUE || bits == -1) {
            return "ALL";
        }
        if (bits == 0) {
            return "NONE";
        }
        Permission[] known = ResourceTypeUtil.getPermissionsByResourceType(resourceType);
        List<String> names = new java.util.ArrayList<>();
        for (Permission p : known) {
            if (p.getValue() != 0 && p.getValue() != Integer.MAX_VALUE && (bits & p.getValue()) == p.getValue()) {
                names.add(p.getName());
            }
        }
        return String.join(",", names);
    }

    private String describeStoredAuthorization(String id) {
        if (id == null) {
            return null;
        }
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ FROM ACT_RU_AUTHORIZATION WHERE ID_ = ?",
                id);
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, Object> r = rows.get(0);
        Object group = value(r, "GROUP_ID_");
        String who = group != null ? "group " + group : "user " + value(r, "USER_ID_");
        int type = ((Number) value(r, "TYPE_")).intValue();
        return (type == Authorization.AUTH_TYPE_GLOBAL ? "GLOBAL" : type == Authorization.AUTH_TYPE_REVOKE ? "REVOKE" : "GRANT")
                + " " + who + " " + resourceName(((Number) value(r, "RESOURCE_TYPE_")).intValue()) + "/"
                + value(r, "RESOURCE_ID_") + " "
                + permissionNames(((Number) value(r, "RESOURCE_TYPE_")).intValue(), ((Number) value(r, "PERMS_")).intValue());
    }

    private static Object value(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v != null ? v : row.get(column.toLowerCase());
    }

    private String projectOf(int resourceType, String resourceId) {
        if (resourceId == null || "*".equals(resourceId)) {
            return null;
        }
        String sql;
        if (resourceType == org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE.resourceType()
                || resourceType == org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE.resourceType()) {
            sql = "SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE ID_ = ?";
        } else if (resourceType == org.camunda.bpm.engine.authorization.Resources.TASK.resourceType()
                || resourceType == org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK.resourceType()) {
            sql = "SELECT p.BUSINESS_KEY_ FROM ACT_HI_TASKINST t JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_ WHERE t.ID_ = ?";
        } else {
            return null;
        }
        List<String> keys = jdbc.queryForList(sql, String.class, resourceId);
        String key = keys.isEmpty() ? null : keys.get(0);
        return key != null && key.length() <= 16 ? key : null;
    }

    private static String resourceName(int type) {
        for (org.camunda.bpm.engine.authorization.Resources r : org.camunda.bpm.engine.authorization.Resources.values()) {
            if (r.resourceType() == type) {
                return r.name();
            }
        }
        return String.valueOf(type);
    }

    /** Reads a field of an engine command (they expose none); null if this engine version renamed it. */
    static Object field(Object target, String name) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(target);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                return null;
            }
        }
        return null;
    }
}
