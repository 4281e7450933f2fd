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
 * published once they were over. SPEC section 2.4: publication is due within 6 months "unless delayed by parallel
 * proceedings ... which must be recorded with a reason". The yearly report counts such a publication as on time; the
 * review's PUBLICATION milestone, its timeline and statutory timeliness say the same: MET.
 */
class DelayedPublicationTest extends ApiTest {

    @Test
    void publishedAfterADelayWithNoExpectedDateIsOnTime() {
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

        // while the delay has no date, both milestones are held DUE
        JsonNode held = api.get(path + "?asOf=2025-05-01").json();
        assertThat(milestone(held, "PUBLICATION")).isEqualTo("2024-09-04 DUE");
        assertThat(milestone(held, "FINAL_REPORT")).isEqualTo("2024-08-23 DUE");

        // final report Tue 10 June 2025, published Fri 20 June 2025: the final report was due 7 working days before, 11 June
        assertThat(api.post(path + "/final-report", Map.of("sentOn", "2025-06-10")).status()).isEqualTo(200);
        Api.Response published = api.post(path + "/publication", Map.of("publishedOn", "2025-06-20",
                "url", "https://lscp.example.org/reviews/" + reference, "scope", "FULL"));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        JsonNode yearAfter = api.get("/api/v1/reports/yearly/2025").json();
        assertThat(yearAfter.at("/practiceReviews/publishedOnTime").asLong() - yearBefore.at("/practiceReviews/publishedOnTime").asLong())
                .as("the yearly report counts it published on time").isEqualTo(1);

        JsonNode view = api.get(path).json();
        assertThat(milestone(view, "FINAL_REPORT")).isEqualTo("2025-06-11 MET");
        assertThat(milestone(view, "PUBLICATION")).as("published after a delay recorded with a reason").endsWith(" MET");
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
