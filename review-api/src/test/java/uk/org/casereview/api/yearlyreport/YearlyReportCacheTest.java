package uk.org.casereview.api.yearlyreport;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.casereview.api.yearlyreport.YearlyReportTest.created;
import static uk.org.casereview.api.yearlyreport.YearlyReportTest.post;
import static uk.org.casereview.api.yearlyreport.YearlyReportTest.recommendation;
import static uk.org.casereview.api.yearlyreport.YearlyReportTest.report;

/**
 * A yearly report once made is answered again, unmade, until a fact that could change it is recorded: a fact dated after
 * the year leaves it kept, a fact dated in the year (recorded late) or a correction has it made again, with the fact. The
 * years 2012-13 and 2013-14 belong to this test alone.
 */
class YearlyReportCacheTest extends ApiTest {

    private final String u = UUID.randomUUID().toString().substring(0, 6);

    @Autowired
    private MeterRegistry registry;

    @Test
    void aKeptReportIsAnsweredUntilAFactThatCouldChangeItIsRecorded() {
        Api api = api();
        String review = created(api, "/api/v1/practice-reviews", Map.of("reference", "CACHE-" + u, "kind", "CSPR",
                "title", "Review CACHE-" + u, "decidedOn", "2012-05-01", "children", List.of("Child " + u), "themes", List.of("NEGLECT")));
        String first = recommendation(api, review, 1, "2012-06-01");
        JsonNode made = report(api, 2012);
        long madeInYear = made.at("/recommendations/made").asLong();
        assertThat(madeInYear).isPositive();

        double hits = hits();
        assertThat(report(api, 2012)).as("asked again: the report kept").isEqualTo(made);
        assertThat(hits()).isEqualTo(hits + 1);

        // a fact dated after the year (the response, in 2013-14): the report of 2012-13 as at its end is as it was
        post(api, "/api/v1/recommendations/" + first + "/response", Map.of("respondedOn", "2013-05-10", "accepted", true,
                "rationale", "Agreed"));
        assertThat(report(api, 2012)).isEqualTo(made);
        assertThat(hits()).as("kept through a fact of a later year").isEqualTo(hits + 2);
        assertThat(report(api, 2013).at("/recommendations/accepted").asLong()).as("the later year has it").isPositive();

        // a fact dated in the year, recorded late: the report is made again, with it
        String second = recommendation(api, review, 2, "2012-09-01");
        JsonNode withSecond = report(api, 2012);
        assertThat(withSecond.at("/recommendations/made").asLong()).isEqualTo(madeInYear + 1);
        assertThat(hits()).as("made again, not kept").isEqualTo(hits + 2);

        // a correction can move a fact to any date: here the second recommendation out of the year
        Api.Response corrected = api.post("/api/v1/recommendations/" + second + "/corrections", Map.of("sequence", 0,
                "reason", "It was made in June 2013", "replacement", Map.of("sourceId", review, "number", "2",
                        "text", "Recommendation 2 of " + review, "themes", List.of("NEGLECT"), "madeOn", "2013-06-01")));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(report(api, 2012).at("/recommendations/made").asLong()).isEqualTo(madeInYear);
    }

    private double hits() {
        return registry.get("cache.gets").tag("cache", "yearlyReports").tag("result", "hit").functionCounter().count();
    }
}
