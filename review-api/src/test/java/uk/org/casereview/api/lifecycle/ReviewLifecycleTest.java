package uk.org.casereview.api.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of a rapid review to a published CSPR whose recommendations are closed, over HTTP, with the
 * statutory milestones and the answers "as at" earlier dates.
 */
class ReviewLifecycleTest extends ApiTest {

    @Test
    void fromNotificationToAClosedRecommendation() {
        Api api = api();

        // notification: aware Thursday 2 May 2024, notified Tuesday 7 May (Monday 6 May a bank holiday)
        Api.Response notified = api.post("/api/v1/rapid-reviews", """
                {"reference":"RR-LIFE-01","children":["Child R"],"outcome":"DIED","awareOn":"2024-05-02",
                 "notifiedOn":"2024-05-07","harmCategories":["NEGLECT"],"themes":["NEGLECT","BABIES_AND_INFANTS"]}""");
        assertThat(notified.status()).as(notified.toString()).isEqualTo(201);
        String rapidReviewId = notified.text("id");
        assertThat(notified.header("Location")).isEqualTo("/api/v1/rapid-reviews/" + rapidReviewId);
        assertThat(notified.header("ETag")).isEqualTo("\"0\"");
        assertThat(notified.text("status")).isEqualTo("NOTIFIED");
        assertThat(milestone(notified.json(), "NOTIFICATION")).containsEntry("dueOn", "2024-05-10").containsEntry("state", "MET");
        assertThat(milestone(notified.json(), "RAPID_REVIEW")).containsEntry("dueOn", "2024-05-29").containsEntry("state", "OVERDUE");

        String rr = "/api/v1/rapid-reviews/" + rapidReviewId;
        assertOk(api.post(rr + "/meetings", """
                {"heldOn":"2024-05-14","agencies":["CHILDRENS_SOCIAL_CARE","POLICE","INTEGRATED_CARE_BOARD"]}"""), "MEETING_HELD");
        assertOk(api.post(rr + "/decision", """
                {"decidedOn":"2024-05-21","decision":"CSPR","rationale":"Agencies did not share concerns about weight loss"}"""), "DECIDED");
        Api.Response submitted = api.post(rr + "/submission", """
                {"submittedOn":"2024-05-24"}""");
        assertOk(submitted, "SUBMITTED_TO_PANEL");
        assertThat(milestone(submitted.json(), "RAPID_REVIEW")).containsEntry("doneOn", "2024-05-24").containsEntry("state", "MET");
        Api.Response responded = api.post(rr + "/panel-response", """
                {"respondedOn":"2024-06-14","response":"AGREED","comments":"A local CSPR is appropriate"}""");
        assertOk(responded, "PANEL_AGREED");
        assertThat(milestone(responded.json(), "PANEL_RESPONSE")).containsEntry("dueOn", "2024-06-17").containsEntry("state", "MET");
        assertThat(responded.header("ETag")).isEqualTo("\"4\"");

        // as at a date before the submission: decided, and the rapid review not yet due
        JsonNode asAtDecision = api.get(rr + "?asOf=2024-05-22").json();
        assertThat(asAtDecision.path("status").asText()).isEqualTo("DECIDED");
        assertThat(milestone(asAtDecision, "RAPID_REVIEW")).containsEntry("state", "DUE");
        assertThat(api.get(rr + "?asOf=2024-05-06").status()).as("not yet notified on 6 May").isEqualTo(404);

        // the CSPR it led to, published on time
        Api.Response commissioned = api.post("/api/v1/practice-reviews", Map.of(
                "reference", "CSPR-LIFE-01", "kind", "CSPR", "rapidReviewId", rapidReviewId, "title", "Child R",
                "decidedOn", "2024-05-21", "children", List.of("Child R"), "themes", List.of("NEGLECT")));
        assertThat(commissioned.status()).as(commissioned.toString()).isEqualTo(201);
        String cspr = "/api/v1/practice-reviews/" + commissioned.text("id");
        assertThat(milestone(commissioned.json(), "PUBLICATION")).containsEntry("dueOn", "2024-11-21");
        assertOk(api.post(cspr + "/reviewer", """
                {"reviewer":"Dr A. Reviewer","appointedOn":"2024-06-10"}"""), "REVIEWER_APPOINTED");
        assertOk(api.post(cspr + "/final-report", """
                {"sentOn":"2024-11-12"}"""), "FINAL_REPORT_SENT");
        Api.Response published = api.post(cspr + "/publication", """
                {"publishedOn":"2024-11-21","url":"https://lscp.example.org/reviews/child-r","scope":"FULL"}""");
        assertOk(published, "PUBLISHED");
        assertThat(milestone(published.json(), "PUBLICATION")).containsEntry("state", "MET").containsEntry("doneOn", "2024-11-21");
        assertThat(milestone(published.json(), "FINAL_REPORT")).containsEntry("dueOn", "2024-11-12").containsEntry("state", "MET");

        // recommendation 1: accepted, one action revised, evidenced, returned, evidenced again, accepted, closed
        Api.Response made = api.post("/api/v1/recommendations", Map.of(
                "sourceId", commissioned.text("id"), "number", "1",
                "text", "Health visitors routinely see fathers and male carers", "themes", List.of("FATHERS_AND_MALE_CARERS"),
                "madeOn", "2024-11-21"));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.text("status")).isEqualTo("MADE");
        assertThat(made.text("sourceReference")).isEqualTo("CSPR-LIFE-01");
        String rec = "/api/v1/recommendations/" + made.text("id");
        assertOk(api.post(rec + "/response", """
                {"respondedOn":"2024-12-05","accepted":true}"""), "ACCEPTED");
        Api.Response assigned = api.post(rec + "/actions", """
                {"description":"Audit new-birth visits for contact with fathers","agency":"COMMUNITY_HEALTH",
                 "owner":"Head of health visiting","assignedOn":"2024-12-10","dueOn":"2025-03-31"}""");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        assertThat(assigned.text("actionId")).isEqualTo("1");
        assertThat(assigned.header("Location")).isEqualTo(rec + "/actions/1");
        String action = rec + "/actions/1";
        assertThat(api.post(action + "/progress", """
                {"reportedOn":"2025-02-01","note":"30 of 50 records audited"}""").text("status")).isEqualTo("IN_PROGRESS");
        Api.Response revised = api.post(action + "/due-date", """
                {"revisedOn":"2025-03-20","dueOn":"2025-06-30","reason":"Records system migration"}""");
        assertThat(revised.text("dueOn")).isEqualTo("2025-06-30");
        assertThat(revised.text("originalDueOn")).isEqualTo("2025-03-31");
        assertThat(api.post(action + "/evidence", """
                {"submittedOn":"2025-06-20","summary":"Audit report","link":"https://sharepoint.example.org/audit.pdf"}""")
                .text("status")).isEqualTo("EVIDENCE_SUBMITTED");
        assertThat(api.post(action + "/evidence-review", """
                {"reviewedOn":"2025-06-23","accepted":false,"comment":"Sample too small"}""").text("status")).isEqualTo("IN_PROGRESS");
        assertThat(api.post(action + "/evidence", """
                {"submittedOn":"2025-06-25","summary":"Audit of all March visits"}""").text("status")).isEqualTo("EVIDENCE_SUBMITTED");
        Api.Response accepted = api.post(action + "/evidence-review", """
                {"reviewedOn":"2025-06-27","accepted":true,"comment":"Fathers seen at 46 of 50 visits"}""");
        assertThat(accepted.text("status")).isEqualTo("COMPLETE");
        assertThat(accepted.text("rag")).isEqualTo("COMPLETE");
        assertThat(api.get(rec).text("status")).isEqualTo("ACTIONS_COMPLETE");
        Api.Response closed = api.post(rec + "/closure", """
                {"closedOn":"2025-06-30","impactStatement":"Fathers now seen at 92% of new-birth visits"}""");
        assertOk(closed, "CLOSED");
        assertThat(closed.json().path("closure").path("impactStatement").asText()).isEqualTo("Fathers now seen at 92% of new-birth visits");

        // the same recommendation as at earlier dates
        assertThat(actionAsOf(api, rec, "2025-03-15")).containsEntry("dueOn", "2025-03-31").containsEntry("rag", "AMBER");
        assertThat(actionAsOf(api, rec, "2025-03-25")).containsEntry("dueOn", "2025-06-30").containsEntry("rag", "GREEN");
        assertThat(actionAsOf(api, rec, "2025-06-24")).containsEntry("status", "IN_PROGRESS").containsEntry("rag", "AMBER");
        assertThat(api.get(rec + "?asOf=2025-06-29").text("status")).isEqualTo("ACTIONS_COMPLETE");
        assertThat(api.get(rec + "?asOf=2024-11-20").status()).as("not yet made").isEqualTo(404);

        // recommendation 2: declined with a rationale; no action can be assigned to it
        Api.Response second = api.post("/api/v1/recommendations", Map.of(
                "sourceId", commissioned.text("id"), "number", "2", "text", "Commission a new neglect strategy",
                "themes", List.of("NEGLECT"), "madeOn", "2024-11-21"));
        String rec2 = "/api/v1/recommendations/" + second.text("id");
        assertOk(api.post(rec2 + "/response", """
                {"respondedOn":"2024-12-05","accepted":false,"rationale":"The 2024 neglect strategy already covers this"}"""), "DECLINED");
        Api.Response refused = api.post(rec2 + "/actions", """
                {"description":"x","agency":"POLICE","owner":"DI Smith","assignedOn":"2024-12-10","dueOn":"2025-03-31"}""");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).isEqualTo("an action cannot be assigned: recommendation 2 was declined on 2024-12-05");

        // recommendation of the rapid review itself, with an overdue action
        Api.Response third = api.post("/api/v1/recommendations", Map.of(
                "sourceId", rapidReviewId, "number", "1", "text", "Share weight concerns between GP and health visitor",
                "themes", List.of("INFORMATION_SHARING"), "madeOn", "2024-06-14"));
        assertThat(third.text("sourceReference")).isEqualTo("RR-LIFE-01");
        String rec3 = "/api/v1/recommendations/" + third.text("id");
        api.post(rec3 + "/response", """
                {"respondedOn":"2024-06-20","accepted":true}""");
        Api.Response overdue = api.post(rec3 + "/actions", """
                {"description":"Agree a weight-concern pathway","agency":"PRIMARY_CARE","owner":"Named GP",
                 "assignedOn":"2024-07-01","dueOn":"2025-01-31"}""");
        assertThat(overdue.text("rag")).isEqualTo("RED");
        assertThat(overdue.json().path("daysOverdue").asLong()).isEqualTo(150);
        assertThat(api.get(rec3).text("rag")).isEqualTo("RED");

        // lists
        JsonNode ofCspr = api.get("/api/v1/recommendations?sourceId=" + commissioned.text("id")).json();
        assertThat(ofCspr.path("total").asInt()).isEqualTo(2);
        assertThat(ofCspr.path("items")).hasSize(2);
        assertThat(api.get("/api/v1/rapid-reviews?size=500").json().path("items").findValuesAsText("reference")).contains("RR-LIFE-01");
        assertThat(api.get("/api/v1/practice-reviews?size=500").json().path("items").findValuesAsText("reference")).contains("CSPR-LIFE-01");

        // a second recommendation numbered 1 on the same review is refused
        Api.Response duplicate = api.post("/api/v1/recommendations", Map.of(
                "sourceId", commissioned.text("id"), "number", "1", "text", "again", "themes", List.of("NEGLECT"), "madeOn", "2024-11-21"));
        assertThat(duplicate.status()).isEqualTo(409);
    }

    private static Map<String, String> actionAsOf(Api api, String recommendation, String asOf) {
        JsonNode action = api.get(recommendation + "/actions/1?asOf=" + asOf).json();
        return Map.of("dueOn", action.path("dueOn").asText(), "rag", action.path("rag").asText(), "status", action.path("status").asText());
    }

    private static Map<String, String> milestone(JsonNode view, String name) {
        for (JsonNode milestone : view.path("milestones")) {
            if (milestone.path("name").asText().equals(name)) {
                return Map.of("dueOn", milestone.path("dueOn").asText(), "doneOn", milestone.path("doneOn").asText("null"),
                        "state", milestone.path("state").asText());
            }
        }
        throw new AssertionError("no milestone " + name + " in " + view);
    }

    private static void assertOk(Api.Response response, String status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.text("status")).isEqualTo(status);
    }
}
