package uk.org.casereview.api.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tamper-evident record: GET /api/v1/integrity verifies the chain of links, and a payload, a date or a metadata
 * field changed, a row deleted or a row added directly in the database is reported as the first broken link (global
 * index, aggregate, sequence). Each tampering is undone afterwards (the database is shared by the ApiTest classes), and
 * the chain verifies whole again.
 */
class IntegrityTest extends ApiTest {

    private String rapidReview;
    private long secondEvent;

    @BeforeEach
    void aRapidReviewWithThreeEvents() {
        Api api = api();
        Api.Response notified = api.post("/api/v1/rapid-reviews", """
                {"reference":"RR-CHAIN-%s","children":["Child C"],"outcome":"DIED","awareOn":"2025-05-02","notifiedOn":"2025-05-06",
                 "harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""".formatted(System.nanoTime()));
        assertThat(notified.status()).as(notified.toString()).isEqualTo(201);
        rapidReview = notified.text("id");
        Api.Response meeting = api.post("/api/v1/rapid-reviews/" + rapidReview + "/meetings", """
                {"heldOn":"2025-05-12","agencies":["POLICE","HEALTH_PROVIDER"]}""".replace("HEALTH_PROVIDER", "EDUCATION"));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(200);
        secondEvent = jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ? and sequence_number = 1",
                Long.class, rapidReview);
        assertIntact();
    }

    @Test
    void anUntouchedRecordVerifiesWholeAndEveryWriteExtendsIt() {
        JsonNode before = integrity();
        assertThat(before.path("length").asLong()).isEqualTo(eventCount());
        assertThat(before.path("head").asText()).matches("[0-9a-f]{64}")
                .isEqualTo(jdbc.queryForObject("select link from event_chain where global_index = (select max(global_index) from event_chain)", String.class));
        Api.Response decided = api().post("/api/v1/rapid-reviews/" + rapidReview + "/decision", """
                {"decidedOn":"2025-05-20","decision":"NO_CSPR","rationale":"Learning is captured by the rapid review"}""");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        JsonNode after = integrity();
        assertThat(after.path("length").asLong()).isEqualTo(before.path("length").asLong() + 1);
        assertThat(after.path("head").asText()).isNotEqualTo(before.path("head").asText());
        assertThat(after.path("firstBrokenLink").isNull()).isTrue();

        assertThat(api("scrutineer").get("/api/v1/integrity").status()).isEqualTo(200);
        assertThat(api("admin").get("/api/v1/integrity").status()).isEqualTo(200);
        assertThat(api("recorder").get("/api/v1/integrity").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/integrity").status()).isEqualTo(401);
    }

    @Test
    void aChangedPayloadIsReported() {
        byte[] original = column("payload");
        String changed = new String(original, StandardCharsets.UTF_8).replace("POLICE", "PROBATION");
        assertThat(changed).isNotEqualTo(new String(original, StandardCharsets.UTF_8));
        jdbc.update("update domain_event_entry set payload = ? where global_index = ?", changed.getBytes(StandardCharsets.UTF_8), secondEvent);
        assertBrokenAtTheSecondEvent();
        jdbc.update("update domain_event_entry set payload = ? where global_index = ?", original, secondEvent);
        assertIntact();
    }

    @Test
    void aChangedDateIsReported() {
        String original = jdbc.queryForObject("select time_stamp from domain_event_entry where global_index = ?", String.class, secondEvent);
        jdbc.update("update domain_event_entry set time_stamp = ? where global_index = ?", "2025-01-01T09:00:00Z", secondEvent);
        assertBrokenAtTheSecondEvent();
        jdbc.update("update domain_event_entry set time_stamp = ? where global_index = ?", original, secondEvent);
        assertIntact();
    }

    @Test
    void aChangedMetadataFieldIsReported() {
        byte[] original = column("meta_data");
        String metaData = new String(original, StandardCharsets.UTF_8);
        assertThat(metaData).contains("\"recordedBy\":\"tester\"");
        jdbc.update("update domain_event_entry set meta_data = ? where global_index = ?",
                metaData.replace("\"recordedBy\":\"tester\"", "\"recordedBy\":\"someone-else\"").getBytes(StandardCharsets.UTF_8), secondEvent);
        assertBrokenAtTheSecondEvent();
        jdbc.update("update domain_event_entry set meta_data = ? where global_index = ?", original, secondEvent);
        assertIntact();
    }

    @Test
    void aDeletedRowIsReported() {
        Map<String, Object> row = jdbc.queryForMap("select * from domain_event_entry where global_index = ?", secondEvent);
        jdbc.update("delete from domain_event_entry where global_index = ?", secondEvent);
        assertBrokenAtTheSecondEvent();
        jdbc.update("insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,"
                        + " time_stamp, payload_type, payload_revision, payload, meta_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("global_index"), row.get("event_identifier"), row.get("aggregate_identifier"), row.get("sequence_number"),
                row.get("type"), row.get("time_stamp"), row.get("payload_type"), row.get("payload_revision"), row.get("payload"),
                row.get("meta_data"));
        assertIntact();
    }

    @Test
    void aRowAddedBehindTheServicesBackIsReported() {
        long last = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        long added = last + 1000;
        jdbc.update("insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,"
                        + " time_stamp, payload_type, payload_revision, payload, meta_data) select ?, 'forged-' || event_identifier,"
                        + " aggregate_identifier, 99, type, time_stamp, payload_type, payload_revision, payload, meta_data"
                        + " from domain_event_entry where global_index = ?", added, secondEvent);
        JsonNode broken = integrity().path("firstBrokenLink");
        assertThat(broken.path("globalIndex").asLong()).isEqualTo(added);
        assertThat(broken.path("aggregateId").asText()).isEqualTo(rapidReview);
        assertThat(broken.path("sequence").asLong()).isEqualTo(99);
        jdbc.update("delete from domain_event_entry where global_index = ?", added);
        assertIntact();
    }

    private byte[] column(String name) {
        return jdbc.queryForObject("select " + name + " from domain_event_entry where global_index = ?", byte[].class, secondEvent);
    }

    private void assertBrokenAtTheSecondEvent() {
        JsonNode integrity = integrity();
        JsonNode broken = integrity.path("firstBrokenLink");
        assertThat(broken.isObject()).as(integrity.toString()).isTrue();
        assertThat(broken.path("globalIndex").asLong()).isEqualTo(secondEvent);
        assertThat(broken.path("aggregateId").asText()).isEqualTo(rapidReview);
        assertThat(broken.path("sequence").asLong()).isEqualTo(1);
    }

    private void assertIntact() {
        JsonNode integrity = integrity();
        assertThat(integrity.path("firstBrokenLink").isNull()).as(integrity.toString()).isTrue();
        assertThat(integrity.path("length").asLong()).isEqualTo(eventCount());
    }

    private JsonNode integrity() {
        Api.Response response = api().get("/api/v1/integrity");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
