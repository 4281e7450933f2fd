package uk.org.casereview.api.readmodels;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ServiceProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC section 4: configuration is not a fact. A rapid review notified on Tue 7 May 2024 and submitted on Wed 22 May is
 * on time with the default 15 working days (due Wed 29 May, Mon 27 May a bank holiday) and late with 10 (due Tue 21
 * May); a bank holiday added on Mon 13 May moves the 10-day due date to Wed 22 May: on time again. Restarting the service with a changed timescale or bank
 * holiday changes the view (folded at once) and the lists, reports and metrics (the service rebuilds the stored read
 * models by itself at start-up because the basis they were built with changed), alike.
 */
class ConfigurationIsNotAFactTest {

    @Test
    void aChangedTimescaleOrBankHolidayChangesEveryAnswerAfterARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("casereview-configuration");
        String id;
        try (ServiceProcess service = ServiceProcess.start(dataDir, "defaults", Map.of())) {
            Api api = service.api();
            Api.Response notified = api.post("/api/v1/rapid-reviews", Map.of("reference", "RR-CONF-01", "children", List.of("Child C"),
                    "outcome", "DIED", "awareOn", "2024-05-02", "notifiedOn", "2024-05-07", "harmCategories", List.of("NEGLECT"),
                    "themes", List.of("NEGLECT")));
            assertThat(notified.status()).as(notified.toString()).isEqualTo(201);
            id = notified.text("id");
            api.post("/api/v1/rapid-reviews/" + id + "/decision", Map.of("decidedOn", "2024-05-21", "decision", "NO_CSPR",
                    "rationale", "Learning already identified"));
            api.post("/api/v1/rapid-reviews/" + id + "/submission", Map.of("submittedOn", "2024-05-22"));
            assertThat(answers(api, id)).isEqualTo("view 2024-05-29 MET; timeliness 1 met 0 missed; report 1 on time 0 late; timeline (15 working days after notification)");
        }
        try (ServiceProcess service = ServiceProcess.start(dataDir, "ten-days",
                Map.of("casereview.timescales.rapid-review-working-days", "10"))) {
            assertThat(awaitAnswers(service.api(), id, "report 0 on time 1 late"))
                    .isEqualTo("view 2024-05-21 MISSED; timeliness 0 met 1 missed; report 0 on time 1 late; timeline (10 working days after notification)");
        }
        try (ServiceProcess service = ServiceProcess.start(dataDir, "proclaimed", Map.of("casereview.timescales.rapid-review-working-days", "10",
                "casereview.calendar.added-bank-holidays[0]", "2024-05-13"))) {
            assertThat(awaitAnswers(service.api(), id, "report 1 on time 0 late"))
                    .isEqualTo("view 2024-05-22 MET; timeliness 1 met 0 missed; report 1 on time 0 late; timeline (10 working days after notification)");
        }
    }

    /** The answers once the rebuild the restart started has reached the report (or after 60 s, to show what they are). */
    private static String awaitAnswers(Api api, String id, String report) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String answers = answers(api, id);
        while (!answers.contains(report) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            answers = answers(api, id);
        }
        return answers;
    }

    private static String answers(Api api, String id) {
        JsonNode view = api.get("/api/v1/rapid-reviews/" + id).json();
        JsonNode rapidReview = null;
        for (JsonNode milestone : view.path("milestones")) {
            if (milestone.path("name").asText().equals("RAPID_REVIEW")) {
                rapidReview = milestone;
            }
        }
        JsonNode timeliness = null;
        for (JsonNode milestone : api.get("/api/v1/statutory-timeliness?from=2024-05-01&to=2024-05-31&asOf=2025-06-30").json().path("milestones")) {
            if (milestone.path("milestone").asText().equals("RAPID_REVIEW")) {
                timeliness = milestone;
            }
        }
        JsonNode report = api.get("/api/v1/reports/yearly/2024").json().path("rapidReviews");
        String timeline = api.get("/api/v1/rapid-reviews/" + id + "/timeline").json().path("entries").findValuesAsText("what").stream()
                .filter(what -> what.startsWith("Rapid review due")).findFirst().orElse("");
        return "view " + rapidReview.path("dueOn").asText() + " " + rapidReview.path("state").asText()
                + "; timeliness " + timeliness.path("met").asInt() + " met " + timeliness.path("missed").asInt() + " missed"
                + "; report " + report.path("submittedOnTime").asInt() + " on time " + report.path("submittedLate").asInt() + " late"
                + "; timeline " + timeline.substring(timeline.indexOf('('), timeline.indexOf(')') + 1);
    }
}
