package uk.org.casereview.api.consistency;

import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write answers once the read models hold its event: a list read straight after it (a read-model table, not a fold
 * of the event store) includes it. The wait is woken by the read-model processor's commits on this instance.
 */
class ReadYourWritesTest extends ApiTest {

    @Test
    void aListReadStraightAfterEachWriteIncludesIt() {
        Api api = api();
        for (int i = 0; i < 20; i++) {
            long commitsBefore = readYourWrites.commits();
            String reference = "RR-RYW-" + UUID.randomUUID();
            Api.Response created = api.post("/api/v1/rapid-reviews", """
                    {"reference":"%s","children":["Child W"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-01-06",
                     "notifiedOn":"2025-01-08","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""".formatted(reference));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(readYourWrites.commits()).as("the processor committed the event before the write answered")
                    .isGreaterThan(commitsBefore);
            Api.Response list = api.get("/api/v1/rapid-reviews?size=100");
            assertThat(list.json().path("items").findValuesAsText("reference")).contains(reference);
            assertThat(readYourWrites.awaitAggregate(created.text("id"))).isTrue();
        }
    }
}
