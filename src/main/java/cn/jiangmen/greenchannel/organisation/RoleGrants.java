package cn.jiangmen.greenchannel.organisation;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.transfer.TransferProcess;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * The application-level grants of each role, made at start-up (docs/security.md, ADR 0008).
 * Nothing here reads a single project: per-project access comes from {@link ProjectGrants}.
 * Process definitions (the models, not their data) are readable by every role that works in Tasklist.
 */
public final class RoleGrants {

    /** One authorization row: a group may do {@code permissions} on {@code resource}/{@code resourceId}. */
    public record Grant(Resource resource, String resourceId, List<Permission> permissions) {
        static Grant of(Resource resource, String resourceId, Permission... permissions) {
            return new Grant(resource, resourceId, List.of(permissions));
        }
    }

    public static final String TASKLIST = "tasklist";
    public static final String COCKPIT = "cockpit";
    public static final String ADMIN_APP = "admin";

    /** Processes a county (and the city centre) may start from Tasklist or REST. */
    public static final List<String> STARTABLE_BY_COUNTIES = List.of(LifecycleProcess.KEY, TransferProcess.KEY);

    private RoleGrants() {
    }

    public static List<Grant> of(Role role, Collection<String> sharedFilterIds) {
        List<Grant> grants = new ArrayList<>();
        switch (role) {
            case COUNTY -> {
                grants.add(Grant.of(Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
                // the report pages (ledger, bulletins, assessment, dashboard: own county's rows only)
                // are Cockpit plugins (domain.md §10.10, §10.19)
                grants.add(Grant.of(Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
                grants.add(Grant.of(Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ));
                STARTABLE_BY_COUNTIES.forEach(key -> grants.add(Grant.of(Resources.PROCESS_DEFINITION, key,
                        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE)));
                grants.add(Grant.of(Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
                // colleagues' ids for lead owner and commissioner
                grants.add(Grant.of(Resources.USER, ANY, Permissions.READ));
                worker(grants, sharedFilterIds);
            }
            case DEPARTMENT, CHAIN -> {
                grants.add(Grant.of(Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
                grants.add(Grant.of(Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ));
                worker(grants, sharedFilterIds);
            }
            case CITY_CENTRE -> {
                grants.add(Grant.of(Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
                grants.add(Grant.of(Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
                reader(grants);
                STARTABLE_BY_COUNTIES.forEach(key -> grants.add(Grant.of(Resources.PROCESS_DEFINITION, key,
                        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE)));
                grants.add(Grant.of(Resources.PROCESS_INSTANCE, ANY,
                        ProcessInstancePermissions.READ, ProcessInstancePermissions.CREATE));
                worker(grants, sharedFilterIds);
            }
            case CITY_LEADERS -> {
                grants.add(Grant.of(Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
                grants.add(Grant.of(Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
                reader(grants);
                grants.add(Grant.of(Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ));
                worker(grants, sharedFilterIds);
            }
            case MANAGERS -> {
                grants.add(Grant.of(Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
                reader(grants);
                grants.add(Grant.of(Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ));
            }
            case ADMINISTRATORS -> {
                for (Resources resource : Resources.values()) {
                    grants.add(Grant.of(resource, ANY, Permissions.ALL));
                }
            }
            case NONE -> {
                // no application-level grants
            }
        }
        return grants;
    }

    /** Read-only monitoring of every project (Cockpit, reports): never UPDATE, DELETE or work. */
    private static void reader(List<Grant> grants) {
        grants.add(Grant.of(Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY));
        grants.add(Grant.of(Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ));
        grants.add(Grant.of(Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ));
        grants.add(Grant.of(Resources.TASK, ANY, TaskPermissions.READ));
        grants.add(Grant.of(Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY));
        grants.add(Grant.of(Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
        grants.add(Grant.of(Resources.DEPLOYMENT, ANY, Permissions.READ));
        grants.add(Grant.of(Resources.USER, ANY, Permissions.READ));
        grants.add(Grant.of(Resources.GROUP, ANY, Permissions.READ));
    }

    /** Tasklist's shared filters (organisation/TasklistFilters). */
    private static void worker(List<Grant> grants, Collection<String> sharedFilterIds) {
        sharedFilterIds.forEach(id -> grants.add(Grant.of(Resources.FILTER, id, Permissions.READ)));
    }
}
