package uk.org.casereview.api.readmodels;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSPR whose publication was delayed by parallel proceedings with no expected date (an inquest not yet listed), then
 * published once they were over. SPEC 3a: a delay never moves a statutory due date; it is shown with the milestone, and a
 * late publication is MISSED whatever reason was recorded. The yearly report counts it late with a reason recorded
 * before the due date.
 */
class DelayedPublicationTest extends ApiTest {

    @Test
    void publishedAfterADelayIsLateWithAReasonRecordedBeforeTheDueDate() {
        Api api = api();
        String reference = "CSPR-DLY-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode yearBefore = api.get("/api/v1/reports/yearly/2025").json();

        // decided Mon 4 March 2024: publication due Wed 4 Sept 2024
        Api.Response commissioned = api.post("/api/v1/practice-reviews", Map.of("reference", reference, "kind", "CSPR",
                "title", "Child " + reference, "decidedOn", "2024-03-04", "children", List.of("Child " + reference),
                "themes", List.of("NEGLECT")));
        assertThat(commissioned.status()).as(commissioned.toString()).isEqualTo(201);
        String path = "/api/v1/practice-reviews/" + commissioned.text("id");
        assertThat(api.post(path + "/reviewer", Map.of("reviewer", "Dr C. Reviewer", "appointedOn", "2024-04-01")).status()).isEqualTo(200);
        assertThat(api.post(path + "/delays", Map.of("recordedOn", "2024-08-20", "reason", "Inquest not yet listed")).status()).isEqualTo(200);

        // no clock is held: both milestones fall overdue at their statutory dates, with the delay shown
        JsonNode late = api.get(path + "?asOf=2025-05-01").json();
        assertThat(milestone(late, "PUBLICATION")).isEqualTo("2024-09-04 OVERDUE");
        assertThat(milestone(late, "FINAL_REPORT")).isEqualTo("2024-08-23 OVERDUE");
        JsonNode delay = late.path("milestones").get(1).path("delay");
        assertThat(delay.path("reason").asText()).isEqualTo("Inquest not yet listed");
        assertThat(delay.path("reasonRecordedBeforeDue").asBoolean()).isTrue();

        // final report Tue 10 June 2025, published Fri 20 June 2025: the final report was due 7 working days before, 11 June
        assertThat(api.post(path + "/final-report", Map.of("sentOn", "2025-06-10")).status()).isEqualTo(200);
        Api.Response published = api.post(path + "/publication", Map.of("publishedOn", "2025-06-20",
                "url", "https://lscp.example.org/reviews/" + reference, "scope", "FULL"));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        JsonNode yearAfter = api.get("/api/v1/reports/yearly/2025").json();
        assertThat(yearAfter.at("/practiceReviews/publishedOnTime").asLong() - yearBefore.at("/practiceReviews/publishedOnTime").asLong())
                .as("not on time").isZero();
        assertThat(yearAfter.at("/practiceReviews/publishedLateWithReason").asLong()
                - yearBefore.at("/practiceReviews/publishedLateWithReason").asLong()).isEqualTo(1);

        JsonNode view = api.get(path).json();
        assertThat(milestone(view, "FINAL_REPORT")).isEqualTo("2025-06-11 MET");
        assertThat(milestone(view, "PUBLICATION")).as("published after its due date, whatever the reason").isEqualTo("2024-09-04 MISSED");
    }

    private static String milestone(JsonNode view, String name) {
        for (JsonNode milestone : view.path("milestones")) {
            if (milestone.path("name").asText().equals(name)) {
                return milestone.path("dueOn").asText() + " " + milestone.path("state").asText();
            }
        }
        throw new AssertionError("no milestone " + name + " in " + view);
    }
}
