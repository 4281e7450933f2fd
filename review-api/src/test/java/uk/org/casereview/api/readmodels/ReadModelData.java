package uk.org.casereview.api.readmodels;

import uk.org.casereview.api.support.Api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small known data set recorded through the write endpoints, with unique references (the test database is shared by
 * every ApiTest class of a run). "Today" is 30 June 2025.
 * <pre>
 * RR-{run}     aware Thu 2 May 2024, notified Tue 7 May (NOTIFICATION due 10 May: MET), DIED, NEGLECT + BABIES_AND_INFANTS;
 *              meeting 14 May; decision NO_CSPR 21 May; submitted 24 May (RAPID_REVIEW due 29 May: MET);
 *              Panel DISAGREED 14 June; decision revised to CSPR 20 June; resubmitted Fri 21 June (PANEL_RESPONSE
 *              expected Fri 12 July); Panel AGREED 5 July: MET
 * RR2-{run}    aware Mon 2 June 2025, notified Thu 12 June (NOTIFICATION due 9 June: MISSED), SERIOUSLY_HARMED,
 *              ADOLESCENTS; RAPID_REVIEW due Thu 3 July 2025: DUE
 * CSPR-{run}   from RR, decided 20 June 2024 (publication due Fri 20 Dec 2024), NEGLECT + FATHERS_AND_MALE_CARERS;
 *              reviewer 1 July; delay 1 Nov (criminal trial) expected Mon 3 March 2025; final report 20 Feb 2025
 *              (due 7 working days before 3 March: 20 Feb, MET); published 3 March 2025: MET
 * CSPR2-{run}  decided 1 Oct 2024, NEGLECT: publication due 1 April 2025, FINAL_REPORT due Fri 21 March: both OVERDUE
 *
 * recommendations   source  no  made        themes                          as of 30 June 2025
 * a                 CSPR    1   2025-03-03  FATHERS_AND_MALE_CARERS,NEGLECT accepted 10 March; action 1 POLICE due 30 April (RED,
 *                                                                           61 days); action 2 EDUCATION due 15 May, revised on 20 May
 *                                                                           to 15 July (AMBER): IN_PROGRESS, RED
 * b                 CSPR    2   2025-03-03  NEGLECT                         declined 10 March: DECLINED
 * c                 CSPR    3   2025-03-03  ONLINE_HARM                     accepted; action 1 HOUSING due 31 Dec 2025: IN_PROGRESS, GREEN
 * d                 CSPR    4   2025-03-03  MENTAL_HEALTH                   accepted; action 1 MENTAL_HEALTH due 15 May, evidence 10 May,
 *                                                                           returned 12 May, again 20 May, accepted 22 May; closed 2 June:
 *                                                                           CLOSED, COMPLETE
 * e                 CSPR    5   2025-06-01  DOMESTIC_ABUSE                  MADE
 * g                 CSPR    6   2025-03-03  EARLY_HELP                      accepted; action 1 EARLY_YEARS due 20 July: IN_PROGRESS, AMBER
 * f                 RR      1   2024-06-14  INFORMATION_SHARING             accepted 20 June 2024; action 1 PRIMARY_CARE due 31 Jan 2025
 *                                                                           (RED, 150 days): IN_PROGRESS, RED
 * </pre>
 */
public final class ReadModelData {

    final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    final Map<String, String> ids = new LinkedHashMap<>();
    private final Api api;

    public ReadModelData(Api api) {
        this.api = api;
    }

    String rr() {
        return ids.get("rr");
    }

    String rr2() {
        return ids.get("rr2");
    }

    String cspr() {
        return ids.get("cspr");
    }

    String cspr2() {
        return ids.get("cspr2");
    }

    String rec(String key) {
        return ids.get(key);
    }

    public ReadModelData record() {
        String rr = create("rr", "/api/v1/rapid-reviews", Map.of("reference", "RR-" + run, "children", List.of("Child " + run),
                "outcome", "DIED", "awareOn", "2024-05-02", "notifiedOn", "2024-05-07", "harmCategories", List.of("NEGLECT"),
                "themes", List.of("NEGLECT", "BABIES_AND_INFANTS")));
        String r = "/api/v1/rapid-reviews/" + rr;
        ok(r + "/meetings", Map.of("heldOn", "2024-05-14", "agencies", List.of("CHILDRENS_SOCIAL_CARE", "POLICE")));
        ok(r + "/decision", Map.of("decidedOn", "2024-05-21", "decision", "NO_CSPR", "rationale", "Learning already identified"));
        ok(r + "/submission", Map.of("submittedOn", "2024-05-24"));
        ok(r + "/panel-response", Map.of("respondedOn", "2024-06-14", "response", "DISAGREED", "comments", "A local CSPR is needed"));
        ok(r + "/decision", Map.of("decidedOn", "2024-06-20", "decision", "CSPR", "rationale", "Revised after the Panel's response"));
        ok(r + "/submission", Map.of("submittedOn", "2024-06-21"));
        ok(r + "/panel-response", Map.of("respondedOn", "2024-07-05", "response", "AGREED", "comments", "Agreed"));

        create("rr2", "/api/v1/rapid-reviews", Map.of("reference", "RR2-" + run, "children", List.of("Child " + run + "-2"),
                "outcome", "SERIOUSLY_HARMED", "awareOn", "2025-06-02", "notifiedOn", "2025-06-12",
                "harmCategories", List.of("PHYSICAL_ABUSE"), "themes", List.of("ADOLESCENTS")));

        String cspr = create("cspr", "/api/v1/practice-reviews", Map.of("reference", "CSPR-" + run, "kind", "CSPR", "rapidReviewId", rr,
                "title", "Child " + run, "decidedOn", "2024-06-20", "children", List.of("Child " + run),
                "themes", List.of("NEGLECT", "FATHERS_AND_MALE_CARERS")));
        String p = "/api/v1/practice-reviews/" + cspr;
        ok(p + "/reviewer", Map.of("reviewer", "Dr A. Reviewer", "appointedOn", "2024-07-01"));
        ok(p + "/delays", Map.of("recordedOn", "2024-11-01", "reason", "Criminal trial", "expectedOn", "2025-03-03"));
        ok(p + "/final-report", Map.of("sentOn", "2025-02-20"));
        ok(p + "/publication", Map.of("publishedOn", "2025-03-03", "url", "https://lscp.example.org/reviews/" + run, "scope", "FULL"));

        create("cspr2", "/api/v1/practice-reviews", Map.of("reference", "CSPR2-" + run, "kind", "CSPR", "title", "Child " + run + "-3",
                "decidedOn", "2024-10-01", "children", List.of("Child " + run + "-3"), "themes", List.of("NEGLECT")));

        String a = recommendation("a", cspr, "1", "2025-03-03", "FATHERS_AND_MALE_CARERS", "NEGLECT");
        accept(a, "2025-03-10");
        action(a, "POLICE", "Brief officers on fathers in the household", "2025-03-12", "2025-04-30");
        action(a, "EDUCATION", "Add fathers to the schools' contact records", "2025-03-12", "2025-05-15");
        ok("/api/v1/recommendations/" + a + "/actions/2/due-date",
                Map.of("revisedOn", "2025-05-20", "dueOn", "2025-07-15", "reason", "Waiting for the new records system"));

        String b = recommendation("b", cspr, "2", "2025-03-03", "NEGLECT");
        ok("/api/v1/recommendations/" + b + "/response",
                Map.of("respondedOn", "2025-03-10", "accepted", false, "rationale", "The neglect strategy already covers this"));

        String c = recommendation("c", cspr, "3", "2025-03-03", "ONLINE_HARM");
        accept(c, "2025-03-10");
        action(c, "HOUSING", "Online safety in temporary accommodation", "2025-03-12", "2025-12-31");

        String d = recommendation("d", cspr, "4", "2025-03-03", "MENTAL_HEALTH");
        accept(d, "2025-03-10");
        action(d, "MENTAL_HEALTH", "Joint assessments with children's services", "2025-03-12", "2025-05-15");
        String da = "/api/v1/recommendations/" + d + "/actions/1";
        ok(da + "/evidence", Map.of("submittedOn", "2025-05-10", "summary", "Draft protocol"));
        ok(da + "/evidence-review", Map.of("reviewedOn", "2025-05-12", "accepted", false, "comment", "Not yet signed off"));
        ok(da + "/progress", Map.of("reportedOn", "2025-05-14", "note", "Protocol with the board"));
        ok(da + "/evidence", Map.of("submittedOn", "2025-05-20", "summary", "Signed protocol"));
        ok(da + "/evidence-review", Map.of("reviewedOn", "2025-05-22", "accepted", true, "comment", "Complete"));
        ok("/api/v1/recommendations/" + d + "/closure", Map.of("closedOn", "2025-06-02", "impactStatement", "Joint assessments in 9 of 10 cases"));

        recommendation("e", cspr, "5", "2025-06-01", "DOMESTIC_ABUSE");

        String g = recommendation("g", cspr, "6", "2025-03-03", "EARLY_HELP");
        accept(g, "2025-03-10");
        action(g, "EARLY_YEARS", "Early help offer in nurseries", "2025-03-12", "2025-07-20");

        String f = recommendation("f", rr, "1", "2024-06-14", "INFORMATION_SHARING");
        accept(f, "2024-06-20");
        action(f, "PRIMARY_CARE", "Agree a weight-concern pathway", "2024-07-01", "2025-01-31");
        return this;
    }

    private String recommendation(String key, String sourceId, String number, String madeOn, String... themes) {
        return create(key, "/api/v1/recommendations", Map.of("sourceId", sourceId, "number", number,
                "text", "Recommendation " + number + " of " + run, "themes", List.of(themes), "madeOn", madeOn));
    }

    private void accept(String id, String on) {
        ok("/api/v1/recommendations/" + id + "/response", Map.of("respondedOn", on, "accepted", true));
    }

    private void action(String id, String agency, String description, String assignedOn, String dueOn) {
        Api.Response response = api.post("/api/v1/recommendations/" + id + "/actions", Map.of("description", description,
                "agency", agency, "owner", "Lead of " + agency, "assignedOn", assignedOn, "dueOn", dueOn));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private String create(String key, String path, Map<String, Object> body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + " " + body + ": " + response).isEqualTo(201);
        String id = response.text("id");
        ids.put(key, id);
        return id;
    }

    private void ok(String path, Map<String, Object> body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + " " + body + ": " + response).isEqualTo(200);
    }
}
