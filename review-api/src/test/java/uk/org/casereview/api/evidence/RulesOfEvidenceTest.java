package uk.org.casereview.api.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 3a over HTTP: the tracker records every fact that happened, in any real order, flags what was late or missing,
 * and refuses only what cannot have happened. Each test is a sequence a partnership really records; the version 1
 * refusals it replaces are named in the comments. "Today" is 30 June 2025.
 */
class RulesOfEvidenceTest extends ApiTest {

    private Api api;

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        api = api();
    }

    @Test
    void aCsprPublishedWithoutAFinalReportOnRecordIsRecordedAndTheFinalReportIsMissed() {
        // decided Wed 10 Jan 2024: publication due 10 July 2024; final report due 7 working days before publication
        String pr = commission("CSPR-EV-01", "CSPR", "2024-01-10", null);
        // version 1 refused this: "the final report has not been sent"
        Api.Response published = api.post(pr + "/publication", """
                {"publishedOn":"2024-07-01","url":"https://lscp.example.org/cspr-ev-01","scope":"FULL"}""");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(milestone(published.json(), "PUBLICATION")).isEqualTo("2024-07-10 2024-07-01 MET");
        assertThat(milestone(published.json(), "FINAL_REPORT")).isEqualTo("2024-06-20 null MISSED");
        // the final report sent afterwards is recorded too, and the milestone stays missed
        Api.Response sent = api.post(pr + "/final-report", "{\"sentOn\":\"2024-07-03\"}");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(milestone(sent.json(), "FINAL_REPORT")).isEqualTo("2024-06-20 2024-07-03 MISSED");
    }

    @Test
    void aDelayNeverMovesTheDueDateAndALatePublicationIsMissed() {
        // the issue's case: a delay recorded on 20 September 2024 for a CSPR due on 10 July 2024, published 20 November
        String pr = commission("CSPR-EV-02", "CSPR", "2024-01-10", null);
        api.post(pr + "/reviewer", "{\"reviewer\":\"Dr A. Reviewer\",\"appointedOn\":\"2024-02-01\"}");
        Api.Response delayed = api.post(pr + "/delays", """
                {"recordedOn":"2024-09-20","reason":"Criminal trial of the father","expectedOn":"2024-11-30"}""");
        assertThat(delayed.status()).isEqualTo(200);
        JsonNode publication = milestoneNode(delayed.json(), "PUBLICATION");
        assertThat(publication.path("dueOn").asText()).isEqualTo("2024-07-10");
        assertThat(publication.path("state").asText()).isEqualTo("OVERDUE");
        assertThat(publication.path("delay").path("reason").asText()).isEqualTo("Criminal trial of the father");
        assertThat(publication.path("delay").path("reasonRecordedBeforeDue").asBoolean()).isFalse();

        api.post(pr + "/final-report", "{\"sentOn\":\"2024-11-08\"}");
        JsonNode before = api.get("/api/v1/reports/yearly/2024?asOf=2025-03-31").json().path("practiceReviews");
        Api.Response published = api.post(pr + "/publication", """
                {"publishedOn":"2024-11-20","url":"https://lscp.example.org/cspr-ev-02","scope":"FULL"}""");
        assertThat(milestone(published.json(), "PUBLICATION")).isEqualTo("2024-07-10 2024-11-20 MISSED");
        assertThat(milestone(published.json(), "FINAL_REPORT")).isEqualTo("2024-11-11 2024-11-08 MET");

        // the yearly report counts it late, without a reason recorded before its due date (the delay came after it)
        JsonNode after = api.get("/api/v1/reports/yearly/2024?asOf=2025-03-31").json().path("practiceReviews");
        assertThat(after.path("published").asInt() - before.path("published").asInt()).isEqualTo(1);
        assertThat(after.path("publishedOnTime").asInt()).isEqualTo(before.path("publishedOnTime").asInt());
        assertThat(after.path("publishedLateWithReason").asInt()).isEqualTo(before.path("publishedLateWithReason").asInt());
        assertThat(after.path("publishedLateWithoutReason").asInt() - before.path("publishedLateWithoutReason").asInt()).isEqualTo(1);
    }

    @Test
    void withholdingIsNotTheEndTheImprovementsArePublishedAfterIt() {
        String pr = commission("CSPR-EV-03", "CSPR", "2024-01-15", null);
        Api.Response withheld = api.post(pr + "/withholding", """
                {"decidedOn":"2024-07-01","reason":"Publication would identify the siblings"}""");
        assertThat(withheld.text("status")).isEqualTo("WITHHELD");
        assertThat(milestone(withheld.json(), "PUBLICATION")).as("withholding does not complete publication")
                .isEqualTo("2024-07-15 null OVERDUE");
        assertThat(milestone(api.get(pr + "?asOf=2024-07-05").json(), "PUBLICATION")).isEqualTo("2024-07-15 null DUE");
        // version 1 refused this: publication was final after withholding
        Api.Response improvements = api.post(pr + "/publication", """
                {"publishedOn":"2024-07-10","url":"https://lscp.example.org/cspr-ev-03-improvements","scope":"IMPROVEMENTS_ONLY"}""");
        assertThat(improvements.status()).as(improvements.toString()).isEqualTo(200);
        assertThat(improvements.text("status")).isEqualTo("PUBLISHED");
        assertThat(milestone(improvements.json(), "PUBLICATION")).isEqualTo("2024-07-15 2024-07-10 MET");
        // the full report later, after the trial; but not twice
        assertThat(api.post(pr + "/publication", """
                {"publishedOn":"2025-02-03","url":"https://lscp.example.org/cspr-ev-03","scope":"FULL"}""").status()).isEqualTo(200);
        Api.Response again = api.post(pr + "/publication", """
                {"publishedOn":"2025-02-04","url":"https://lscp.example.org/cspr-ev-03","scope":"FULL"}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).contains("already published in full on 2025-02-03");
    }

    @Test
    void aRapidReviewFoundNotRequiredIsNeverOverdue() {
        String rr = notify("RR-EV-04", "2025-03-03", "2025-03-05");
        assertThat(milestone(api.get(rr + "?asOf=2025-04-01").json(), "RAPID_REVIEW")).isEqualTo("2025-03-26 null OVERDUE");
        Api.Response notRequired = api.post(rr + "/not-required", """
                {"decidedOn":"2025-03-12","basis":"CRITERIA_NOT_MET","reason":"The injury was found to be accidental"}""");
        assertThat(notRequired.status()).as(notRequired.toString()).isEqualTo(200);
        assertThat(notRequired.text("status")).isEqualTo("NOT_REQUIRED");
        assertThat(milestone(notRequired.json(), "RAPID_REVIEW")).isEqualTo("2025-03-26 null NOT_REQUIRED");
        assertThat(milestoneNode(notRequired.json(), "PANEL_RESPONSE").path("state").asText()).isEqualTo("NOT_REQUIRED");
        assertThat(notRequired.json().path("notRequired").path("basis").asText()).isEqualTo("CRITERIA_NOT_MET");
        // before the determination it was due, as it was then
        assertThat(milestone(api.get(rr + "?asOf=2025-03-11").json(), "RAPID_REVIEW")).isEqualTo("2025-03-26 null DUE");

        JsonNode timeliness = api.get("/api/v1/statutory-timeliness?from=2025-03-01&to=2025-03-31&asOf=2025-06-30").json();
        JsonNode rapidReview = stream(timeliness.path("milestones")).filter(m -> m.path("milestone").asText().equals("RAPID_REVIEW"))
                .findFirst().orElseThrow();
        assertThat(stream(rapidReview.path("reviews")).filter(r -> r.path("reviewId").asText().equals(id(rr))))
                .singleElement().satisfies(r -> assertThat(r.path("state").asText()).isEqualTo("NOT_REQUIRED"));
        assertThat(rapidReview.path("notRequired").asInt()).isGreaterThanOrEqualTo(1);
        // a second determination cannot have happened
        assertThat(api.post(rr + "/not-required", """
                {"decidedOn":"2025-03-13","basis":"OTHER","reason":"again"}""").status()).isEqualTo(409);
    }

    @Test
    void thePanelAsksForMoreInformationAndTheDecisionIsRevisedAfterItAgreed() {
        String rr = notify("RR-EV-05", "2025-01-06", "2025-01-08");
        api.post(rr + "/decision", "{\"decidedOn\":\"2025-01-20\",\"decision\":\"NO_CSPR\",\"rationale\":\"Learning already identified\"}");
        api.post(rr + "/submission", "{\"submittedOn\":\"2025-01-24\"}");
        Api.Response more = api.post(rr + "/panel-response", """
                {"respondedOn":"2025-02-07","response":"MORE_INFORMATION_REQUESTED","comments":"Set out the GP's involvement"}""");
        assertThat(more.text("status")).isEqualTo("MORE_INFORMATION_REQUESTED");
        assertThat(milestone(more.json(), "PANEL_RESPONSE")).as("not done by a request for more information")
                .isEqualTo("2025-02-14 null OVERDUE");
        // a second response to the same submission cannot have happened
        assertThat(api.post(rr + "/panel-response", "{\"respondedOn\":\"2025-02-10\",\"response\":\"AGREED\"}").status()).isEqualTo(409);
        Api.Response resubmitted = api.post(rr + "/submission", "{\"submittedOn\":\"2025-02-14\"}");
        assertThat(resubmitted.status()).as("version 1 refused a second submission").isEqualTo(200);
        assertThat(milestone(resubmitted.json(), "RAPID_REVIEW")).as("done at the first submission").isEqualTo("2025-01-29 2025-01-24 MET");
        assertThat(milestone(resubmitted.json(), "PANEL_RESPONSE")).as("expected after the latest").isEqualTo("2025-03-07 null OVERDUE");
        Api.Response agreed = api.post(rr + "/panel-response", "{\"respondedOn\":\"2025-03-05\",\"response\":\"AGREED\"}");
        assertThat(milestone(agreed.json(), "PANEL_RESPONSE")).isEqualTo("2025-03-07 2025-03-05 MET");
        // version 1 refused this: "the National Panel responded AGREED"
        Api.Response revised = api.post(rr + "/decision", """
                {"decidedOn":"2025-05-12","decision":"CSPR","rationale":"The inquest heard new evidence"}""");
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().path("decision").path("decision").asText()).isEqualTo("CSPR");
        assertThat(revised.json().path("earlierDecisions").findValuesAsText("decision")).containsExactly("NO_CSPR");
    }

    @Test
    void actionsAreCancelledReassignedAndRecommendationsReopenedAndReviewedForImpact() {
        String source = commission("MAA-EV-06", "MULTI_AGENCY_AUDIT", "2024-09-02", null);
        String rec = recommend(source, "1", "2024-10-01");
        api.post(rec + "/response", "{\"respondedOn\":\"2024-10-07\",\"accepted\":true}");
        assign(rec, "CHILDRENS_SOCIAL_CARE", "2024-10-08", "2025-01-31");
        assign(rec, "PRIMARY_CARE", "2024-10-08", "2025-02-28");
        // declining while actions are open cannot be: complete or cancel them first
        Api.Response decline = api.post(rec + "/response", "{\"respondedOn\":\"2024-11-01\",\"accepted\":false,\"rationale\":\"Changed our mind\"}");
        assertThat(decline.status()).isEqualTo(409);
        assertThat(decline.text("detail")).contains("2 of its actions are still open");

        Api.Response reassigned = api.post(rec + "/actions/2/reassignment", """
                {"reassignedOn":"2024-12-02","agency":"INTEGRATED_CARE_BOARD","owner":"Designated nurse","reason":"The ICB briefs GP practices"}""");
        assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(200);
        assertThat(reassigned.text("agency")).isEqualTo("INTEGRATED_CARE_BOARD");
        assertThat(reassigned.json().path("reassignments").get(0).path("fromAgency").asText()).isEqualTo("PRIMARY_CARE");
        // overdue by agency follows who held the action at the time
        assertThat(overdueAgencies("2025-03-05")).containsEntry(rec + "#2", "INTEGRATED_CARE_BOARD");
        assertThat(api.get(rec + "/actions/2?asOf=2024-11-01").text("agency")).isEqualTo("PRIMARY_CARE");

        Api.Response cancelled = api.post(rec + "/actions/2/cancellation", """
                {"cancelledOn":"2025-03-10","reason":"Superseded by the ICB's audit"}""");
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.text("rag")).isEqualTo("CANCELLED");
        assertThat(overdueAgencies("2025-06-30")).doesNotContainKey(rec + "#2");
        assertThat(api.post(rec + "/actions/2/progress", "{\"reportedOn\":\"2025-03-11\",\"note\":\"more\"}").status())
                .as("nothing happens to a cancelled action").isEqualTo(409);

        api.post(rec + "/actions/1/evidence", "{\"submittedOn\":\"2025-01-20\",\"summary\":\"New referral form\"}");
        api.post(rec + "/actions/1/evidence-review", "{\"reviewedOn\":\"2025-01-27\",\"accepted\":true}");
        Api.Response closed = api.post(rec + "/closure", "{\"closedOn\":\"2025-03-20\",\"impactStatement\":\"Concerns shared at referral\"}");
        assertThat(closed.status()).as("complete or cancelled: " + closed).isEqualTo(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");

        Api.Response reviewed = api.post(rec + "/impact-reviews", """
                {"reviewedOn":"2025-05-20","finding":"A re-audit found the form skipped by agency staff","embedded":false}""");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json().path("impactReviews").get(0).path("embedded").asBoolean()).isFalse();
        Api.Response reopened = api.post(rec + "/reopening", "{\"reopenedOn\":\"2025-05-22\",\"reason\":\"The change did not last\"}");
        assertThat(reopened.text("status")).isEqualTo("IN_PROGRESS");
        assertThat(api.get(rec + "?asOf=2025-04-01").text("status")).isEqualTo("CLOSED");
        assertThat(api.get("/api/v1/recommendations?status=IN_PROGRESS&sourceId=" + id(source) + "&asOf=2025-06-30").json()
                .path("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/recommendations?status=CLOSED&sourceId=" + id(source) + "&asOf=2025-04-01").json()
                .path("total").asInt()).isEqualTo(1);
    }

    @Test
    void aRecommendationWithNoActionIsClosedWithARationaleAndADeclineCanBeRevised() {
        String source = commission("JR-EV-07", "JOINT_REVIEW", "2024-09-02", List.of("SAFEGUARDING_ADULTS_BOARD"));
        assertThat(api.get(source).json().path("jointWith").get(0).asText()).isEqualTo("SAFEGUARDING_ADULTS_BOARD");
        assertThat(api.get(source).json().path("milestones")).as("a joint review has no statutory milestones").isEmpty();

        String rec = recommend(source, "1", "2024-10-01");
        api.post(rec + "/response", "{\"respondedOn\":\"2024-10-07\",\"accepted\":true}");
        Api.Response noRationale = api.post(rec + "/closure", "{\"closedOn\":\"2024-10-10\",\"impactStatement\":\"In place\"}");
        assertThat(noRationale.status()).isEqualTo(409);
        assertThat(noRationale.text("detail")).contains("give the rationale");
        Api.Response closed = api.post(rec + "/closure", """
                {"closedOn":"2024-10-10","impactStatement":"In place","rationale":"Accepted as already in place: the pathway covers it"}""");
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(closed.json().path("closure").path("rationale").asText()).startsWith("Accepted as already in place");

        String declined = recommend(source, "2", "2024-10-01");
        api.post(declined + "/response", "{\"respondedOn\":\"2024-10-07\",\"accepted\":false,\"rationale\":\"Not lawful without consent\"}");
        Api.Response accepted = api.post(declined + "/response", "{\"respondedOn\":\"2024-12-02\",\"accepted\":true,\"rationale\":\"Legal advice\"}");
        assertThat(accepted.text("status")).as("version 1 refused a second response").isEqualTo("ACCEPTED");
        assertThat(accepted.json().path("responses")).hasSize(2);

        Api.Response joint = api.post("/api/v1/practice-reviews", Map.of("reference", "JR-EV-08", "kind", "JOINT_REVIEW",
                "title", "no partners", "decidedOn", "2024-09-02", "themes", List.of("NEGLECT")));
        assertThat(joint.status()).isEqualTo(400);
        assertThat(joint.toString()).contains("jointWith");
    }

    @Test
    void aFactRecordedLateIsPutInItsPlace() {
        String source = commission("CSPR-EV-09", "CSPR", "2024-09-02", null);
        String rec = recommend(source, "1", "2024-10-01");
        api.post(rec + "/response", "{\"respondedOn\":\"2024-10-07\",\"accepted\":true}");
        assign(rec, "POLICE", "2024-10-08", "2025-01-31");
        api.post(rec + "/actions/1/evidence", "{\"submittedOn\":\"2025-01-20\",\"summary\":\"Training delivered\"}");
        api.post(rec + "/actions/1/evidence-review", "{\"reviewedOn\":\"2025-01-27\",\"accepted\":true}");
        // progress reported in November, recorded only now: before the completion, so it happened
        Api.Response late = api.post(rec + "/actions/1/progress", "{\"reportedOn\":\"2024-11-15\",\"note\":\"Half the teams trained\"}");
        assertThat(late.status()).as(late.toString()).isEqualTo(200);
        assertThat(api.get(rec + "/actions/1?asOf=2024-12-01").text("status")).isEqualTo("IN_PROGRESS");
        // evidence reviewed before it was submitted cannot have happened: the date is at fault
        String other = recommend(source, "2", "2024-10-01");
        api.post(other + "/response", "{\"respondedOn\":\"2024-10-07\",\"accepted\":true}");
        assign(other, "POLICE", "2024-10-08", "2025-01-31");
        api.post(other + "/actions/1/evidence", "{\"submittedOn\":\"2025-01-20\",\"summary\":\"Training delivered\"}");
        long events = eventCount();
        Api.Response early = api.post(other + "/actions/1/evidence-review", "{\"reviewedOn\":\"2025-01-10\",\"accepted\":true}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.text("detail")).isEqualTo("reviewedOn 2025-01-10 is before the evidence was submitted (2025-01-20)");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aFactRecordedInErrorIsCorrectedOrStruckOutAndTheOriginalStays() {
        String rr = notify("RR-EV-10", "2025-04-01", "2025-04-03");
        api.post(rr + "/meetings", "{\"heldOn\":\"2025-04-10\",\"agencies\":[\"POLICE\"]}");
        api.post(rr + "/meetings", "{\"heldOn\":\"2025-04-10\",\"agencies\":[\"POLICE\"]}");
        api.post(rr + "/decision", "{\"decidedOn\":\"2025-04-14\",\"decision\":\"CSPR\",\"rationale\":\"Wider learning\"}");
        api.post(rr + "/submission", "{\"submittedOn\":\"2025-05-30\"}");
        assertThat(milestone(api.get(rr).json(), "RAPID_REVIEW")).isEqualTo("2025-04-28 2025-05-30 MISSED");

        // the submission date was typed wrongly: 30 April, not 30 May
        Api.Response corrected = api.post(rr + "/corrections", """
                {"sequence":4,"reason":"Typed wrongly: the rapid review went on 24 April","replacement":{"submittedOn":"2025-04-24"}}""");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(milestone(corrected.json(), "RAPID_REVIEW")).isEqualTo("2025-04-28 2025-04-24 MET");
        assertThat(api.get(rr + "?asOf=2025-04-28").text("status")).as("as at any date, the corrected fact counts")
                .isEqualTo("SUBMITTED_TO_PANEL");
        JsonNode report = api.get("/api/v1/reports/yearly/2025?asOf=2025-06-30").json().path("rapidReviews");
        assertThat(report.path("submittedOnTime").asInt()).isGreaterThanOrEqualTo(1);

        // the second meeting was recorded twice: struck out
        Api.Response struck = api.post(rr + "/corrections", "{\"sequence\":2,\"reason\":\"Recorded twice\",\"replacement\":null}");
        assertThat(struck.status()).as(struck.toString()).isEqualTo(200);
        assertThat(struck.json().path("meetings")).hasSize(1);

        // a correction that makes the history impossible is refused, and changes nothing
        long events = eventCount();
        Api.Response impossible = api.post(rr + "/corrections", """
                {"sequence":1,"reason":"test","replacement":{"heldOn":"2025-03-01","agencies":["POLICE"]}}""");
        assertThat(impossible.status()).isEqualTo(400);
        assertThat(impossible.text("detail")).contains("before the local authority became aware");
        Api.Response wrongFields = api.post(rr + "/corrections", """
                {"sequence":1,"reason":"test","replacement":{"submittedOn":"2025-04-24"}}""");
        assertThat(wrongFields.status()).isEqualTo(400);
        assertThat(wrongFields.toString()).contains("replacement");
        assertThat(api.post(rr + "/corrections", "{\"sequence\":0,\"reason\":\"test\",\"replacement\":null}").status())
                .as("the notification cannot be struck out").isEqualTo(409);
        assertThat(api.post(rr + "/corrections", "{\"sequence\":99,\"reason\":\"test\",\"replacement\":null}").status()).isEqualTo(404);
        assertThat(eventCount()).isEqualTo(events);

        // the timeline keeps the original, the correction, who made it and why
        List<JsonNode> entries = stream(api.get(rr + "/timeline").json().path("entries")).toList();
        JsonNode original = entries.stream().filter(e -> e.path("sequence").asInt(-1) == 4 && e.path("entry").asText().equals("FACT"))
                .findFirst().orElseThrow();
        assertThat(original.path("on").asText()).isEqualTo("2025-05-30");
        assertThat(original.path("correctedBy").asInt()).isEqualTo(5);
        JsonNode correction = entries.stream().filter(e -> e.path("entry").asText().equals("CORRECTION")).findFirst().orElseThrow();
        assertThat(correction.path("what").asText()).contains("Typed wrongly").contains("dated 2025-04-24");
        assertThat(correction.path("recordedBy").asText()).isEqualTo("tester");
        assertThat(api.get("/api/v1/audit?aggregateId=" + id(rr) + "&from=2020-01-01&to=2030-01-01").json().path("items")
                .findValuesAsText("event")).contains("RapidReviewSubmittedToPanel", "RapidReviewFactCorrected");
    }

    // --- helpers

    private String notify(String reference, String awareOn, String notifiedOn) {
        Api.Response notified = api.post("/api/v1/rapid-reviews", Map.of("reference", reference, "children", List.of("Child Z"),
                "outcome", "SERIOUSLY_HARMED", "awareOn", awareOn, "notifiedOn", notifiedOn, "harmCategories", List.of("NEGLECT"),
                "themes", List.of("NEGLECT")));
        assertThat(notified.status()).as(notified.toString()).isEqualTo(201);
        return "/api/v1/rapid-reviews/" + notified.text("id");
    }

    private String commission(String reference, String kind, String decidedOn, List<String> jointWith) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("reference", reference, "kind", kind, "title", "Review " + reference,
                "decidedOn", decidedOn, "themes", List.of("NEGLECT")));
        if (jointWith != null) {
            body.put("jointWith", jointWith);
        }
        Api.Response commissioned = api.post("/api/v1/practice-reviews", body);
        assertThat(commissioned.status()).as(commissioned.toString()).isEqualTo(201);
        return "/api/v1/practice-reviews/" + commissioned.text("id");
    }

    private String recommend(String source, String number, String madeOn) {
        Api.Response made = api.post("/api/v1/recommendations", Map.of("sourceId", id(source), "number", number, "text", "Do better " + number,
                "themes", List.of("NEGLECT"), "madeOn", madeOn));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return "/api/v1/recommendations/" + made.text("id");
    }

    private void assign(String recommendation, String agency, String assignedOn, String dueOn) {
        Api.Response assigned = api.post(recommendation + "/actions", Map.of("description", "Act", "agency", agency, "owner", "Lead",
                "assignedOn", assignedOn, "dueOn", dueOn));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
    }

    private Map<String, String> overdueAgencies(String asOf) {
        Map<String, String> agencies = new java.util.HashMap<>();
        api.get("/api/v1/overdue-actions?asOf=" + asOf).json().path("items").forEach(item -> agencies.put(
                "/api/v1/recommendations/" + item.path("recommendationId").asText() + "#" + item.path("actionId").asText(),
                item.path("agency").asText()));
        return agencies;
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static JsonNode milestoneNode(JsonNode view, String name) {
        return stream(view.path("milestones")).filter(m -> m.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no milestone " + name + " in " + view));
    }

    private static String milestone(JsonNode view, String name) {
        JsonNode m = milestoneNode(view, name);
        return m.path("dueOn").asText() + " " + m.path("doneOn").asText("null") + " " + m.path("state").asText();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }
}
