package uk.org.casereview.api.actionplan;

import java.util.List;

/**
 * The columns of an action plan, as SPEC section 9 names them: one row per action (a recommendation with no action yet
 * is one row with the action columns empty). The template, the import and the export of the register use them all,
 * in this order; an imported file may have them in any order.
 */
public final class ActionPlanColumns {

    public static final String SOURCE_REFERENCE = "source_reference";
    public static final String SOURCE_KIND = "source_kind";
    public static final String SOURCE_TITLE = "source_title";
    public static final String SOURCE_DECIDED_ON = "source_decided_on";
    public static final String RECOMMENDATION_NUMBER = "recommendation_number";
    public static final String RECOMMENDATION_TEXT = "recommendation_text";
    public static final String THEMES = "themes";
    public static final String MADE_ON = "made_on";
    public static final String RESPONSE = "response";
    public static final String RESPONDED_ON = "responded_on";
    public static final String RESPONSE_RATIONALE = "response_rationale";
    public static final String ACTION_DESCRIPTION = "action_description";
    public static final String AGENCY = "agency";
    public static final String OWNER = "owner";
    public static final String ASSIGNED_ON = "assigned_on";
    public static final String DUE_ON = "due_on";
    public static final String ORIGINAL_DUE_ON = "original_due_on";
    public static final String ACTION_STATUS = "action_status";
    public static final String COMPLETED_ON = "completed_on";
    public static final String EVIDENCE_SUMMARY = "evidence_summary";
    public static final String CLOSED_ON = "closed_on";
    public static final String IMPACT_STATEMENT = "impact_statement";

    public static final List<String> ALL = List.of(SOURCE_REFERENCE, SOURCE_KIND, SOURCE_TITLE, SOURCE_DECIDED_ON,
            RECOMMENDATION_NUMBER, RECOMMENDATION_TEXT, THEMES, MADE_ON, RESPONSE, RESPONDED_ON, RESPONSE_RATIONALE,
            ACTION_DESCRIPTION, AGENCY, OWNER, ASSIGNED_ON, DUE_ON, ORIGINAL_DUE_ON, ACTION_STATUS, COMPLETED_ON,
            EVIDENCE_SUMMARY, CLOSED_ON, IMPACT_STATEMENT);

    /** The columns that describe an action: all empty on the row of a recommendation with no action yet. */
    public static final List<String> ACTION = List.of(ACTION_DESCRIPTION, AGENCY, OWNER, ASSIGNED_ON, DUE_ON, ORIGINAL_DUE_ON,
            ACTION_STATUS, COMPLETED_ON, EVIDENCE_SUMMARY);

    private ActionPlanColumns() {
    }
}
