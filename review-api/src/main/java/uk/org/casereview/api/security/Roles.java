package uk.org.casereview.api.security;

import java.util.List;

/** The roles of SPEC section 7. */
public final class Roles {

    /** The case review subgroup / business unit: records everything, reads everything. */
    public static final String RECORDER = "RECORDER";
    /** A partner agency's lead: progress and evidence on its own agency's actions, and reads. */
    public static final String AGENCY_LEAD = "AGENCY_LEAD";
    /** The independent scrutineer: reads everything, including the audit trail; writes nothing. */
    public static final String SCRUTINEER = "SCRUTINEER";
    /** Prometheus: scrapes the metrics, nothing else. */
    public static final String METRICS = "METRICS";
    /** Rebuilds the read models, reads the configuration and the audit trail. */
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(RECORDER, AGENCY_LEAD, SCRUTINEER, METRICS, ADMIN);

    private Roles() {
    }
}
