package cn.jiangmen.greenchannel.organisation;

/**
 * What a group of domain.md §9 may do, by the shape of its id (docs/security.md has the matrix).
 * Group ids are the contract; the role follows from them, so a new county or chain group gets the
 * right grants without code changes.
 */
public enum Role {
    /** county-*: registers and works its own county's projects (Tasklist). */
    COUNTY,
    /** dept-*: works the tasks offered to it, reads the projects it has (had) a task on. */
    DEPARTMENT,
    /** chain-*: an industry chain's lead unit; as a department. */
    CHAIN,
    /** city-investment-centre: reads every project, works its own tasks, registers for any county. */
    CITY_CENTRE,
    /** city-leaders: reads everything (Cockpit, reports); works only escalation tasks offered to it. */
    CITY_LEADERS,
    /** managers: reads everything, changes nothing. */
    MANAGERS,
    /** camunda-admin: deploys models, manages users, groups and authorizations. */
    ADMINISTRATORS,
    /** Any other group: no application-level grants. */
    NONE;

    public static Role of(String groupId) {
        if (groupId == null) {
            return NONE;
        }
        if (groupId.startsWith("county-")) {
            return COUNTY;
        }
        if (groupId.startsWith("dept-")) {
            return DEPARTMENT;
        }
        if (groupId.startsWith("chain-")) {
            return CHAIN;
        }
        return switch (groupId) {
            case OrganisationGroups.CITY_CENTRE -> CITY_CENTRE;
            case OrganisationGroups.CITY_LEADERS -> CITY_LEADERS;
            case OrganisationGroups.MANAGERS -> MANAGERS;
            case OrganisationGroups.ADMINISTRATORS -> ADMINISTRATORS;
            default -> NONE;
        };
    }

    /** Reads every project, its history and reports (domain.md §1, §10.10). */
    public boolean readsAllProjects() {
        return this == CITY_CENTRE || this == CITY_LEADERS || this == MANAGERS || this == ADMINISTRATORS;
    }
}
