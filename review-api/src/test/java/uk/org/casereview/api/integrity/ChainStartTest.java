package uk.org.casereview.api.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.org.casereview.api.readmodels.ReadModelData;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ReadAnswers;
import uk.org.casereview.api.support.ServiceProcess;
import uk.org.casereview.api.support.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events recorded before the chain existed are chained at start-up, once: a database as it was before migration V20
 * (events, no chain) gets its chain at the next start, the same chain as the live appends had made over the same
 * events, and a later start leaves it as it is. That later start also finds the read models far behind (no processor
 * token, as after a bulk tool wrote the events): it loads them in bulk.
 */
class ChainStartTest {

    @Test
    void eventsRecordedBeforeTheChainAreChainedAtStartUpOnce() throws Exception {
        Path dataDir = Files.createTempDirectory("casereview-chain-start");
        Map<String, String> database = TestDatabase.properties(dataDir);
        JsonNode live;
        try (ServiceProcess service = ServiceProcess.start(dataDir, "before", database, Map.of())) {
            new ReadModelData(service.api()).record();
            live = integrity(service.api());
        }
        JdbcTemplate db = TestDatabase.jdbc(database);
        long events = db.queryForObject("select count(*) from domain_event_entry", Long.class);
        assertThat(live.path("length").asLong()).isEqualTo(events).isGreaterThan(30);
        // the database as it was before the chain existed: its events, no chain, V20 not applied. The migrations numbered
        // after V20 stay (a store from before V20 would not have them), so that start lets Flyway apply V20 out of order.
        db.execute("drop table event_chain");
        db.execute("drop table event_chain_head");
        db.update("delete from \"flyway_schema_history\" where \"version\" = '20'");

        JsonNode chained;
        try (ServiceProcess service = ServiceProcess.start(dataDir, "first-with-chain", database, Map.of("spring.flyway.out-of-order", "true"))) {
            chained = integrity(service.api());
            assertThat(chained.path("firstBrokenLink").isNull()).as(chained.toString()).isTrue();
            assertThat(chained.path("length").asLong()).isEqualTo(events);
            assertThat(chained.path("head").asText()).as("the same links as the live appends made").isEqualTo(live.path("head").asText());
        }
        long links = db.queryForObject("select count(*) from event_chain", Long.class);
        // and read models far behind their events (no processor token, as after a bulk tool wrote the events) are loaded in
        // bulk at start-up when there are more events than bulk-catch-up (20,000 by default, lowered here)
        db.update("delete from token_entry");
        try (ServiceProcess service = ServiceProcess.start(dataDir, "again", database, Map.of("casereview.read-models.bulk-catch-up", "10"))) {
            assertThat(integrity(service.api())).isEqualTo(chained);
            JsonNode rebuild = ReadAnswers.awaitRebuildDone(service.api());
            assertThat(rebuild.path("events").asLong()).as("every event loaded in bulk: " + rebuild).isEqualTo(events);
            assertThat(service.api().get("/api/v1/recommendations").json().path("total").asLong()).isPositive();
        }
        assertThat(db.queryForObject("select count(*) from event_chain", Long.class)).as("links after another start").isEqualTo(links);
    }

    private static JsonNode integrity(Api api) {
        Api.Response response = api.get("/api/v1/integrity");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
