package cn.jiangmen.greenchannel.supervision;

import cn.jiangmen.greenchannel.organisation.OrganisationGroups;
import cn.jiangmen.greenchannel.organisation.ReferenceData;
import cn.jiangmen.greenchannel.web.AccessDenied;
import cn.jiangmen.greenchannel.web.CurrentUser;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who reads the ledger, bulletins and assessments (domain.md §10.10): the city centre, city
 * leaders, managers and administrators read every county; a county bureau reads its own county's
 * rows only. A county user who names another county explicitly is refused (403 GC-RPT-403), so a
 * filter is never silently replaced; without a county filter they get their own county's rows.
 * Everybody else is refused (403 GC-AUTH-403).
 */
@Component
public class ReportAccess {

    public static final List<String> CITY_READERS = List.of(OrganisationGroups.CITY_CENTRE,
            OrganisationGroups.CITY_LEADERS, OrganisationGroups.MANAGERS, OrganisationGroups.ADMINISTRATORS);

    /** What one caller may read: every county ({@code counties} empty and {@code all}) or some. */
    public record Scope(boolean all, Set<String> counties) {

        public static Scope everything() {
            return new Scope(true, Set.of());
        }

        public boolean allows(String county) {
            return all || counties.contains(county);
        }
    }

    private final CurrentUser currentUser;
    private final ReferenceData referenceData;

    public ReportAccess(CurrentUser currentUser, ReferenceData referenceData) {
        this.currentUser = currentUser;
        this.referenceData = referenceData;
    }

    /** The caller's scope; 403 when the caller reads no report at all. */
    public Scope scope() {
        for (String group : CITY_READERS) {
            if (currentUser.isMemberOf(group)) {
                return Scope.everything();
            }
        }
        Set<String> own = new java.util.LinkedHashSet<>();
        for (ReferenceData.County county : referenceData.counties()) {
            if (currentUser.isMemberOf(county.groupId())) {
                own.add(county.code());
            }
        }
        if (own.isEmpty()) {
            throw new AccessDenied("GC-AUTH-403", "无权查看台账和报表");
        }
        return new Scope(false, Set.copyOf(own));
    }

    /**
     * The counties a query covers: the requested one (checked against the scope), or the scope's.
     * Returns an empty list for "every county".
     */
    public List<String> counties(Scope scope, String requestedCounty) {
        if (requestedCounty != null && !requestedCounty.isBlank()) {
            String county = requestedCounty.trim();
            if (!scope.allows(county)) {
                throw new AccessDenied("GC-RPT-403", "只能查看本县（市、区）的项目：无权查看 " + county);
            }
            return List.of(county);
        }
        return scope.all() ? List.of() : List.copyOf(scope.counties());
    }

    /** 403 unless the caller reads every county (city-wide figures). */
    public void requireCityReader() {
        currentUser.requireAnyGroup(CITY_READERS.toArray(String[]::new));
    }
}
