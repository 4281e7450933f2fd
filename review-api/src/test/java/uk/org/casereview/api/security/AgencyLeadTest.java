package uk.org.casereview.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency lead (police-lead: AGENCY_LEAD for POLICE) reports progress and submits evidence on its own agency's
 * actions only, may do nothing else that writes, and may read.
 */
class AgencyLeadTest extends ApiTest {

    private Api recorder;
    private Api lead;
    private String run;
    private String rapidReview;
    private String recommendation;
    /** Action 1 is assigned to POLICE, action 2 to EDUCATION. */
    private String policeAction;
    private String educationAction;

    @BeforeEach
    void recordARecommendationWithActionsForTwoAgencies() {
        recorder = api("recorder");
        lead = api("police-lead");
        run = UUID.randomUUID().toString().substring(0, 8);
        Api.Response notified = recorder.post("/api/v1/rapid-reviews", """
                {"reference":"RR-LEAD-%s","children":["Child L"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-03-03",
                 "notifiedOn":"2025-03-05","harmCategories":["PHYSICAL_ABUSE"],"themes":["DOMESTIC_ABUSE"]}""".formatted(run));
        assertThat(notified.status()).as(notified.toString()).isEqualTo(201);
        rapidReview = notified.text("id");
        Api.Response made = recorder.post("/api/v1/recommendations", """
                {"sourceId":"%s","number":"1","text":"Police share domestic abuse notifications with schools",
                 "themes":["DOMESTIC_ABUSE"],"madeOn":"2025-04-01"}""".formatted(rapidReview));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        recommendation = "/api/v1/recommendations/" + made.text("id");
        assertThat(recorder.post(recommendation + "/response", "{\"respondedOn\":\"2025-04-02\",\"accepted\":true}").status()).isEqualTo(200);
        policeAction = recommendation + "/actions/" + assign("POLICE", "Notify schools of every domestic abuse call-out");
        educationAction = recommendation + "/actions/" + assign("EDUCATION", "Train designated safeguarding leads");
    }

    @Test
    void reportsProgressAndEvidenceOnItsOwnAgencysAction() {
        Api.Response progress = lead.post(policeAction + "/progress", """
                {"reportedOn":"2025-05-01","note":"Operation Encompass live in two districts"}""");
        assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
        assertThat(progress.text("status")).isEqualTo("IN_PROGRESS");
        assertThat(progress.text("agency")).isEqualTo("POLICE");

        Api.Response evidence = lead.post(policeAction + "/evidence", """
                {"submittedOn":"2025-06-02","summary":"Notifications log for May","link":"https://police.example.org/log.pdf"}""");
        assertThat(evidence.status()).as(evidence.toString()).isEqualTo(200);
        assertThat(evidence.text("status")).isEqualTo("EVIDENCE_SUBMITTED");

        // the timeline says who recorded each fact: the recorder the recommendation, the police lead its reports
        JsonNode timeline = lead.get(recommendation + "/timeline").json();
        List<String> facts = new ArrayList<>();
        for (JsonNode entry : timeline.path("entries")) {
            if (entry.path("entry").asText().equals("FACT")) {
                facts.add(entry.path("on").asText() + " " + entry.path("recordedBy").asText());
            }
        }
        assertThat(facts).containsExactly(
                "2025-04-01 recorder",      // made
                "2025-04-02 recorder",      // accepted
                "2025-04-07 recorder",      // action 1 assigned
                "2025-04-07 recorder",      // action 2 assigned
                "2025-05-01 police-lead",   // progress
                "2025-06-02 police-lead");  // evidence
        // and so does the audit trail
        JsonNode audit = api("scrutineer").get("/api/v1/audit?from=2000-01-01&to=2100-01-01&user=police-lead&aggregateId="
                + recommendation.substring(recommendation.lastIndexOf('/') + 1)).json();
        assertThat(audit.path("items").findValuesAsText("event")).containsExactly("ActionProgressReported", "ActionEvidenced");
    }

    @Test
    void isForbiddenToReportOnAnotherAgencysAction() {
        JsonNode progress = forbidden(() -> lead.post(educationAction + "/progress", """
                {"reportedOn":"2025-05-01","note":"Not ours"}"""));
        assertThat(progress.path("detail").asText()).contains("POLICE").contains("EDUCATION")
                .isEqualTo("an agency lead for POLICE may report only on its own agency's actions; action 2 is assigned to EDUCATION");
        JsonNode evidence = forbidden(() -> lead.post(educationAction + "/evidence", """
                {"submittedOn":"2025-06-02","summary":"Not ours"}"""));
        assertThat(evidence.path("detail").asText()).contains("POLICE").contains("EDUCATION");

        // the recorder may report on any agency's action
        assertThat(recorder.post(educationAction + "/progress", "{\"reportedOn\":\"2025-05-01\",\"note\":\"Recorded for education\"}")
                .status()).isEqualTo(200);
    }

    @Test
    void isForbiddenEveryOtherWrite() {
        // the police action in a state where each of these writes would succeed for the recorder
        assertThat(lead.post(policeAction + "/evidence", "{\"submittedOn\":\"2025-06-02\",\"summary\":\"Log\"}").status()).isEqualTo(200);

        forbidden(() -> lead.post(recommendation + "/actions", """
                {"description":"Another police action","agency":"POLICE","owner":"DI Jones","assignedOn":"2025-04-07","dueOn":"2025-12-31"}"""));
        forbidden(() -> lead.post(policeAction + "/evidence-review", "{\"reviewedOn\":\"2025-06-03\",\"accepted\":true}"));
        forbidden(() -> lead.post(policeAction + "/due-date", """
                {"revisedOn":"2025-06-03","dueOn":"2025-12-31","reason":"More time"}"""));
        forbidden(() -> lead.post(recommendation + "/closure", "{\"closedOn\":\"2025-06-04\",\"impactStatement\":\"Done\"}"));
        forbidden(() -> lead.post("/api/v1/recommendations", """
                {"sourceId":"%s","number":"2","text":"Another","themes":["DOMESTIC_ABUSE"],"madeOn":"2025-04-01"}""".formatted(rapidReview)));
        forbidden(() -> lead.post("/api/v1/rapid-reviews", """
                {"reference":"RR-LEAD-X-%s","children":["Child L"],"outcome":"DIED","awareOn":"2025-03-03",
                 "notifiedOn":"2025-03-05","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""".formatted(run)));
        forbidden(() -> lead.post("/api/v1/rapid-reviews/" + rapidReview + "/meetings", "{\"heldOn\":\"2025-03-10\",\"agencies\":[\"POLICE\"]}"));
        forbidden(() -> lead.post("/api/v1/practice-reviews", """
                {"reference":"CSPR-LEAD-%s","kind":"CSPR","title":"Child L","decidedOn":"2025-03-20","themes":["NEGLECT"]}""".formatted(run)));

        // a different recommendation, not yet responded to: the lead may not accept it either
        Api.Response other = recorder.post("/api/v1/recommendations", """
                {"sourceId":"%s","number":"3","text":"Yet another","themes":["DOMESTIC_ABUSE"],"madeOn":"2025-04-01"}""".formatted(rapidReview));
        forbidden(() -> lead.post("/api/v1/recommendations/" + other.text("id") + "/response", "{\"respondedOn\":\"2025-04-02\",\"accepted\":true}"));
    }

    @Test
    void canRead() {
        String id = recommendation.substring(recommendation.lastIndexOf('/') + 1);
        for (String path : List.of(recommendation, policeAction, educationAction, recommendation + "/timeline",
                "/api/v1/recommendations?agency=POLICE", "/api/v1/recommendations?sourceId=" + rapidReview,
                "/api/v1/rapid-reviews/" + rapidReview, "/api/v1/rapid-reviews/" + rapidReview + "/timeline", "/api/v1/rapid-reviews",
                "/api/v1/practice-reviews", "/api/v1/overdue-actions?agency=POLICE", "/api/v1/learning-themes",
                "/api/v1/statutory-timeliness", "/api/v1/reports/yearly/2024", "/api/v1/reference-data")) {
            Api.Response response = lead.get(path);
            assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
        }
        assertThat(lead.get("/api/v1/overdue-actions", "text/csv").status()).isEqualTo(200);
        assertThat(lead.get("/api/v1/recommendations?sourceId=" + rapidReview).json().path("items").findValuesAsText("id")).containsExactly(id);

        // but not the audit trail, the administration or the metrics
        forbidden(() -> lead.get("/api/v1/audit?from=2000-01-01&to=2100-01-01"));
        forbidden(() -> lead.get("/api/v1/admin/rebuild"));
        forbidden(() -> lead.get("/actuator/prometheus", "text/plain"));
    }

    private String assign(String agency, String description) {
        Api.Response assigned = recorder.post(recommendation + "/actions", """
                {"description":"%s","agency":"%s","owner":"Lead","assignedOn":"2025-04-07","dueOn":"2025-09-30"}"""
                .formatted(description, agency));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        return assigned.text("actionId");
    }

    /** A 403 problem detail, and nothing recorded. */
    private JsonNode forbidden(Supplier<Api.Response> request) {
        long before = eventCount();
        Api.Response response = request.get();
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(403);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(eventCount()).as("a refused request changes nothing").isEqualTo(before);
        return problem;
    }
}
