package uk.org.casereview.api.support;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instrument of "a request that answers an error has recorded nothing" ({@code BadInputTest} and others): a
 * snapshot sees one value changed, and sees it undone, on the embedded default (hashed here) and on PostgreSQL (summed
 * up by the server), whichever this run uses.
 */
class DatabaseSnapshotTest extends ApiTest {

    @Test
    void oneChangedValueShowsInItsTableAloneAndUndoingItShowsNothing() {
        Api api = api();
        String review = api.post("/api/v1/rapid-reviews", """
                {"reference":"RR-SNAPSHOT-%s","children":["Child S"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-01-06",
                 "notifiedOn":"2025-01-08","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""".formatted(UUID.randomUUID())).text("id");
        assertThat(awaitReadModels()).isTrue();
        Map<String, String> before = DatabaseSnapshot.of(jdbc);
        assertThat(before).containsKeys("rapid_review", "domain_event_entry").doesNotContainKey("token_entry");
        assertThat(before.get("domain_event_entry")).isEqualTo(DatabaseSnapshot.eventStore(jdbc));
        assertThat(DatabaseSnapshot.differences(before, DatabaseSnapshot.of(jdbc))).as("nothing changed").isEmpty();

        String reference = jdbc.queryForObject("select reference from rapid_review where id = ?", String.class, review);
        jdbc.update("update rapid_review set reference = ? where id = ?", reference + "!", review);
        try {
            assertThat(DatabaseSnapshot.differences(before, DatabaseSnapshot.of(jdbc))).as("one value of one row changed")
                    .singleElement().asString().startsWith("rapid_review: ");
        } finally {
            jdbc.update("update rapid_review set reference = ? where id = ?", reference, review);
        }
        assertThat(DatabaseSnapshot.differences(before, DatabaseSnapshot.of(jdbc))).as("the change undone").isEmpty();
    }
}
