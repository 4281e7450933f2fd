package uk.org.casereview.api.badinput;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * Every write endpoint of the specification (section 5 and appendix A) with a valid body and its fields, the limits
 * taken from the request records (lengths, list sizes) and the rules of section 3 (dates of facts not after today,
 * not before the earlier facts they follow).
 */
final class WriteEndpoints {

    static final ObjectMapper JSON = new ObjectMapper();

    static final List<String> AGENCIES = List.of("CHILDRENS_SOCIAL_CARE", "POLICE", "INTEGRATED_CARE_BOARD", "ACUTE_HOSPITAL",
            "COMMUNITY_HEALTH", "MENTAL_HEALTH", "PRIMARY_CARE", "EDUCATION", "EARLY_YEARS", "PROBATION", "YOUTH_JUSTICE", "HOUSING",
            "DISTRICT_COUNCIL", "VOLUNTARY_SECTOR", "PARTNERSHIP");
    static final List<String> THEMES = List.of("NEGLECT", "CHILD_EXPLOITATION", "SAFETY_IN_EDUCATION", "MENTAL_HEALTH",
            "DOMESTIC_ABUSE", "WHOLE_FAMILY", "FATHERS_AND_MALE_CARERS", "BABIES_AND_INFANTS", "ADOLESCENTS", "ELECTIVE_HOME_EDUCATION",
            "INFORMATION_SHARING", "PROFESSIONAL_CURIOSITY", "CHILD_SEXUAL_ABUSE", "ONLINE_HARM", "VOICE_OF_THE_CHILD", "EARLY_HELP",
            "TRAUMA_INFORMED_PRACTICE", "PLACEMENT_SUFFICIENCY", "DISABILITY", "RACE_CULTURE_AND_INEQUALITY");

    private static final String RR = "/api/v1/rapid-reviews/{rr}";
    private static final String PR = "/api/v1/practice-reviews/{pr}";
    private static final String REC = "/api/v1/recommendations/{rec}";
    private static final String ACTION = REC + "/actions/{action}";

    private WriteEndpoints() {
    }

    static List<Endpoint> all() {
        return List.of(
                new Endpoint("POST /rapid-reviews", "/api/v1/rapid-reviews", Stage.NONE,
                        (f, u) -> body(Map.of("reference", "RR-BAD-" + u, "children", List.of("Child B"), "outcome", "SERIOUSLY_HARMED",
                                "awareOn", "2025-03-03", "notifiedOn", "2025-03-05", "harmCategories", List.of("PHYSICAL_ABUSE"),
                                "themes", List.of("DOMESTIC_ABUSE")),
                                "reference", "children", "outcome", "awareOn", "notifiedOn", "harmCategories", "themes"),
                        List.of(Field.text("reference", true, 100), Field.textList("children", true, 100, 4),
                                Field.enumeration("outcome", "DIED", "SERIOUSLY_HARMED"), Field.factDate("awareOn", false),
                                Field.factDate("notifiedOn", true),
                                Field.enumList("harmCategories", "NEGLECT", "PHYSICAL_ABUSE", "SEXUAL_ABUSE", "EMOTIONAL_ABUSE"),
                                Field.codeList("themes", false, THEMES)),
                        null),
                new Endpoint("POST /rapid-reviews/{id}/meetings", RR + "/meetings", Stage.RR_NOTIFIED,
                        (f, u) -> body(Map.of("heldOn", "2025-03-10", "agencies", List.of("POLICE", "EDUCATION")), "heldOn", "agencies"),
                        List.of(Field.factDate("heldOn", true), Field.codeList("agencies", true, AGENCIES)),
                        RR),
                new Endpoint("POST /rapid-reviews/{id}/decision", RR + "/decision", Stage.RR_NOTIFIED,
                        (f, u) -> body(Map.of("decidedOn", "2025-03-20", "decision", "CSPR", "rationale", "Agencies did not share concerns"),
                                "decidedOn", "decision", "rationale"),
                        List.of(Field.factDate("decidedOn", true), Field.enumeration("decision", "CSPR", "NO_CSPR", "NATIONAL_REVIEW_RECOMMENDED"),
                                Field.text("rationale", true, 10_000)),
                        RR),
                new Endpoint("POST /rapid-reviews/{id}/submission", RR + "/submission", Stage.RR_DECIDED,
                        (f, u) -> body(Map.of("submittedOn", "2025-03-21"), "submittedOn"),
                        List.of(Field.factDate("submittedOn", true)),
                        RR),
                new Endpoint("POST /rapid-reviews/{id}/panel-response", RR + "/panel-response", Stage.RR_SUBMITTED,
                        (f, u) -> body(Map.of("respondedOn", "2025-04-10", "response", "AGREED", "comments", "A local CSPR is appropriate"),
                                "respondedOn", "response", "comments"),
                        List.of(Field.factDate("respondedOn", true), Field.enumeration("response", "AGREED", "DISAGREED", "NATIONAL_REVIEW"),
                                Field.text("comments", false, 10_000)),
                        RR),
                new Endpoint("POST /rapid-reviews/{id}/not-required", RR + "/not-required", Stage.RR_NOTIFIED,
                        (f, u) -> body(Map.of("decidedOn", "2025-03-12", "basis", "CRITERIA_NOT_MET", "reason", "The injuries were accidental"),
                                "decidedOn", "basis", "reason"),
                        List.of(Field.factDate("decidedOn", true), Field.enumeration("basis", "CRITERIA_NOT_MET", "ANOTHER_AREA_LEADS", "OTHER"),
                                Field.text("reason", true, 10_000)),
                        RR),
                new Endpoint("POST /practice-reviews", "/api/v1/practice-reviews", Stage.RR_NOTIFIED,
                        (f, u) -> body(Map.of("reference", "CSPR-BAD-" + u, "kind", "CSPR", "rapidReviewId", f.rapidReview, "title", "Child B",
                                "decidedOn", "2025-03-25", "children", List.of("Child B"), "themes", List.of("NEGLECT")),
                                "reference", "kind", "rapidReviewId", "title", "decidedOn", "children", "themes"),
                        List.of(Field.text("reference", true, 100),
                                Field.enumeration("kind", "CSPR", "SERIOUS_CASE_REVIEW", "NATIONAL_REVIEW", "LEARNING_REVIEW"),
                                Field.refId("rapidReviewId", false), Field.text("title", true, 500), Field.factDate("decidedOn", false),
                                Field.textList("children", false, 100, 10), Field.codeList("themes", false, THEMES)),
                        null),
                new Endpoint("POST /practice-reviews/{id}/reviewer", PR + "/reviewer", Stage.PR_COMMISSIONED,
                        (f, u) -> body(Map.of("reviewer", "Dr B. Reviewer", "appointedOn", "2025-04-01"), "reviewer", "appointedOn"),
                        List.of(Field.text("reviewer", true, 200), Field.factDate("appointedOn", true)),
                        PR),
                new Endpoint("POST /practice-reviews/{id}/delays", PR + "/delays", Stage.PR_COMMISSIONED,
                        (f, u) -> body(Map.of("recordedOn", "2025-05-01", "reason", "Criminal trial listed for the autumn",
                                "expectedOn", "2025-12-01"), "recordedOn", "reason", "expectedOn"),
                        List.of(Field.factDate("recordedOn", true), Field.text("reason", true, 10_000), Field.planDate("expectedOn", false)),
                        PR),
                new Endpoint("POST /practice-reviews/{id}/final-report", PR + "/final-report", Stage.PR_REVIEWER,
                        (f, u) -> body(Map.of("sentOn", "2025-06-01"), "sentOn"),
                        List.of(Field.factDate("sentOn", true)),
                        PR),
                new Endpoint("POST /practice-reviews/{id}/publication", PR + "/publication", Stage.PR_REPORT_SENT,
                        (f, u) -> body(Map.of("publishedOn", "2025-06-20", "url", "https://lscp.example.org/reviews/child-b", "scope", "FULL"),
                                "publishedOn", "url", "scope"),
                        List.of(Field.factDate("publishedOn", true), Field.url("url", true),
                                Field.enumeration("scope", "FULL", "IMPROVEMENTS_ONLY")),
                        PR),
                new Endpoint("POST /practice-reviews/{id}/withholding", PR + "/withholding", Stage.PR_COMMISSIONED,
                        (f, u) -> body(Map.of("decidedOn", "2025-06-20", "reason", "Publication would identify a sibling"), "decidedOn", "reason"),
                        List.of(Field.factDate("decidedOn", true), Field.text("reason", true, 10_000)),
                        PR),
                new Endpoint("POST /recommendations", "/api/v1/recommendations", Stage.RR_NOTIFIED,
                        (f, u) -> body(Map.of("sourceId", f.rapidReview, "number", "N" + u, "text", "Agencies share weight concerns",
                                "themes", List.of("NEGLECT"), "madeOn", "2025-04-01"), "sourceId", "number", "text", "themes", "madeOn"),
                        List.of(Field.refId("sourceId", true), Field.text("number", true, 20), Field.text("text", true, 10_000),
                                Field.codeList("themes", true, THEMES), Field.factDate("madeOn", false)),
                        null),
                new Endpoint("POST /recommendations/{id}/response", REC + "/response", Stage.REC_MADE,
                        (f, u) -> body(Map.of("respondedOn", "2025-04-02", "accepted", true, "rationale", "Agreed by the executive"),
                                "respondedOn", "accepted", "rationale"),
                        List.of(Field.factDate("respondedOn", true), Field.bool("accepted"), Field.text("rationale", false, 10_000)),
                        REC),
                new Endpoint("POST /recommendations/{id}/actions", REC + "/actions", Stage.REC_ACCEPTED,
                        (f, u) -> body(Map.of("description", "Audit referrals", "agency", "POLICE", "owner", "DI Smith",
                                "assignedOn", "2025-04-03", "dueOn", "2025-09-30"), "description", "agency", "owner", "assignedOn", "dueOn"),
                        List.of(Field.text("description", true, 10_000), Field.code("agency", AGENCIES), Field.text("owner", true, 200),
                                Field.factDate("assignedOn", true), Field.planDate("dueOn", true)),
                        REC),
                new Endpoint("POST /recommendations/{id}/actions/{a}/progress", ACTION + "/progress", Stage.ACTION_ASSIGNED,
                        (f, u) -> body(Map.of("reportedOn", "2025-05-01", "note", "Half of the records audited"), "reportedOn", "note"),
                        List.of(Field.factDate("reportedOn", true), Field.text("note", true, 10_000)),
                        REC),
                new Endpoint("POST /recommendations/{id}/actions/{a}/due-date", ACTION + "/due-date", Stage.ACTION_ASSIGNED,
                        (f, u) -> body(Map.of("revisedOn", "2025-05-02", "dueOn", "2025-10-31", "reason", "Records system migration"),
                                "revisedOn", "dueOn", "reason"),
                        List.of(Field.factDate("revisedOn", true), Field.planDate("dueOn", true), Field.text("reason", true, 10_000)),
                        REC),
                new Endpoint("POST /recommendations/{id}/actions/{a}/evidence", ACTION + "/evidence", Stage.ACTION_ASSIGNED,
                        (f, u) -> body(Map.of("submittedOn", "2025-06-10", "summary", "Audit report",
                                "link", "https://sharepoint.example.org/audit.pdf"), "submittedOn", "summary", "link"),
                        List.of(Field.factDate("submittedOn", true), Field.text("summary", true, 10_000), Field.url("link", false)),
                        REC),
                new Endpoint("POST /recommendations/{id}/actions/{a}/evidence-review", ACTION + "/evidence-review", Stage.ACTION_EVIDENCED,
                        (f, u) -> body(Map.of("reviewedOn", "2025-06-12", "accepted", true, "comment", "Complete"),
                                "reviewedOn", "accepted", "comment"),
                        List.of(Field.factDate("reviewedOn", true), Field.bool("accepted"), Field.text("comment", false, 10_000)),
                        REC),
                new Endpoint("POST /recommendations/{id}/closure", REC + "/closure", Stage.ACTION_COMPLETE,
                        (f, u) -> body(Map.of("closedOn", "2025-06-20", "impactStatement", "Concerns are now shared within a day"),
                                "closedOn", "impactStatement"),
                        List.of(Field.factDate("closedOn", true), Field.text("impactStatement", true, 10_000)),
                        REC),
                new Endpoint("POST /recommendations/{id}/actions/{a}/cancellation", ACTION + "/cancellation", Stage.ACTION_ASSIGNED,
                        (f, u) -> body(Map.of("cancelledOn", "2025-05-03", "reason", "Superseded by the regional audit"), "cancelledOn", "reason"),
                        List.of(Field.factDate("cancelledOn", true), Field.text("reason", true, 10_000)),
                        REC),
                new Endpoint("POST /recommendations/{id}/actions/{a}/reassignment", ACTION + "/reassignment", Stage.ACTION_ASSIGNED,
                        (f, u) -> body(Map.of("reassignedOn", "2025-05-04", "agency", "HOUSING", "owner", "Head of housing options",
                                "reason", "Housing now runs the scheme"), "reassignedOn", "agency", "owner", "reason"),
                        List.of(Field.factDate("reassignedOn", true), Field.code("agency", AGENCIES), Field.text("owner", true, 200),
                                Field.text("reason", true, 10_000)),
                        REC),
                new Endpoint("POST /recommendations/{id}/reopening", REC + "/reopening", Stage.REC_CLOSED,
                        (f, u) -> body(Map.of("reopenedOn", "2025-06-25", "reason", "Concerns were again not shared"), "reopenedOn", "reason"),
                        List.of(Field.factDate("reopenedOn", false), Field.text("reason", true, 10_000)),
                        REC),
                new Endpoint("POST /recommendations/{id}/impact-reviews", REC + "/impact-reviews", Stage.REC_CLOSED,
                        (f, u) -> body(Map.of("reviewedOn", "2025-06-26", "finding", "An audit found concerns shared within a day", "embedded", true),
                                "reviewedOn", "finding", "embedded"),
                        List.of(Field.factDate("reviewedOn", false), Field.text("finding", true, 10_000), Field.bool("embedded")),
                        REC),
                new Endpoint("POST /recommendations/{id}/corrections", REC + "/corrections", Stage.REC_ACCEPTED,
                        (f, u) -> {
                            ObjectNode correction = body(Map.of("sequence", 1, "reason", "The response date was typed wrongly"), "sequence", "reason");
                            correction.set("replacement", body(Map.of("respondedOn", "2025-04-03", "accepted", true), "respondedOn", "accepted"));
                            return correction;
                        },
                        List.of(Field.text("reason", true, 10_000)),
                        REC));
    }

    /** A JSON object with the values in the order given (Map.of has none). */
    private static ObjectNode body(Map<String, Object> values, String... order) {
        ObjectNode node = JSON.createObjectNode();
        for (String name : order) {
            node.set(name, JSON.valueToTree(values.get(name)));
        }
        return node;
    }
}
