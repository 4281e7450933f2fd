package uk.org.casereview.api.pages;

import uk.org.casereview.api.security.Roles;
import uk.org.casereview.api.web.CurrentUser;

/** The person signed in, as the pages need them: name, role and, for an agency lead, the agency. */
public record PageUser(String name, boolean recorder, boolean agencyLead, boolean scrutineer, boolean admin, String agency) {

    static PageUser of(CurrentUser user) {
        return new PageUser(user.name(), user.hasRole(Roles.RECORDER), user.hasRole(Roles.AGENCY_LEAD), user.hasRole(Roles.SCRUTINEER),
                user.hasRole(Roles.ADMIN), user.agency());
    }

    /** An agency lead may report on this agency's actions; a recorder on every action. */
    public boolean mayReportOn(String actionAgency) {
        return recorder || (agencyLead && agency != null && agency.equals(actionAgency));
    }

    public boolean signedIn() {
        return recorder || agencyLead || scrutineer || admin;
    }

    public String role() {
        if (recorder) {
            return "Case review subgroup";
        }
        if (agencyLead) {
            return "Agency lead";
        }
        if (scrutineer) {
            return "Independent scrutineer";
        }
        return admin ? "Administrator" : "";
    }
}
