package uk.org.casereview.api.axon;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;
import uk.org.casereview.domain.recommendation.ActionAssigned;
import uk.org.casereview.domain.recommendation.Recommendation;
import uk.org.casereview.projections.readmodel.Recorders;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands are decided on cached aggregates ({@link AggregateCaches}); a cached aggregate that another instance has
 * appended to since (here: an event appended to the event store behind the cache's back) never records a wrong fact:
 * its append loses to the other instance's, it is dropped from the cache and the command is decided again on the
 * aggregate as the event store has it. On a shared database (PostgreSQL) the cache is off by default, and the same
 * commands are decided on aggregates read afresh.
 */
class AggregateCacheTest extends ApiTest {

    @Autowired
    private AggregateCaches caches;

    @Autowired
    private EventStore eventStore;

    @Test
    void aStaleCachedAggregateIsReloadedAndDecidesOnTheWholeHistory() {
        Api api = api();
        String id = recommendationWithAnAction(api);
        if (caches.entries() > 0) {
            assertThat(caches.of(Recommendation.class).containsKey(id)).as("the recommendation is cached after its commands").isTrue();
        } else { // a shared database (PostgreSQL) has no cache unless it is asked for: the same commands, decided afresh
            assertThat(jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getURL()))
                    .as("no aggregate cache by default only on a shared database").doesNotStartWith("jdbc:h2:");
        }
        long last = lastSequence(id);

        // another instance assigns action 2: the cached aggregate here does not know it
        eventStore.publish(new GenericDomainEventMessage<>("Recommendation", id, last + 1,
                new ActionAssigned(id, "2", "Audit referrals", "POLICE", "Head of audit", LocalDate.parse("2025-01-23"),
                        LocalDate.parse("2025-06-30")), MetaData.with(Recorders.RECORDED_BY, "another-instance")));

        Api.Response third = api.post("/api/v1/recommendations/" + id + "/actions", """
                {"description":"Review the audit","agency":"PARTNERSHIP","owner":"Chair","assignedOn":"2025-01-24","dueOn":"2025-06-30"}""");
        assertThat(third.status()).as(third.toString()).isEqualTo(201);
        assertThat(third.text("actionId")).as("numbered after the action the other instance assigned").isEqualTo("3");
        assertThat(jdbc.queryForList("select sequence_number from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                Long.class, id)).as("no sequence number taken twice, none skipped").containsExactly(0L, 1L, 2L, 3L, 4L);
        List<String> actions = api.get("/api/v1/recommendations/" + id).json().path("actions").findValuesAsText("actionId");
        assertThat(actions).containsExactly("1", "2", "3");

        // and the aggregate cached again is the current one: the next command appends after the other instance's event
        Api.Response progress = api.post("/api/v1/recommendations/" + id + "/actions/2/progress",
                "{\"reportedOn\":\"2025-02-01\",\"note\":\"Half the referrals audited\"}");
        assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
        assertThat(lastSequence(id)).isEqualTo(5);
    }

    @Test
    void aCommandRefusedOnACachedAggregateLeavesItAsTheEventStoreHasIt() {
        Api api = api();
        String id = recommendationWithAnAction(api);
        long last = lastSequence(id);
        Api.Response refused = api.post("/api/v1/recommendations/" + id + "/actions/1/evidence-review",
                "{\"reviewedOn\":\"2025-02-01\",\"accepted\":true}");
        assertThat(refused.status()).as("no evidence is pending").isEqualTo(409);
        assertThat(lastSequence(id)).isEqualTo(last);
        Api.Response evidence = api.post("/api/v1/recommendations/" + id + "/actions/1/evidence",
                "{\"submittedOn\":\"2025-02-01\",\"summary\":\"Training records\"}");
        assertThat(evidence.status()).as(evidence.toString()).isEqualTo(200);
        assertThat(lastSequence(id)).isEqualTo(last + 1);
    }

    private long lastSequence(String id) {
        return jdbc.queryForObject("select max(sequence_number) from domain_event_entry where aggregate_identifier = ?", Long.class, id);
    }

    private static String recommendationWithAnAction(Api api) {
        String review = api.post("/api/v1/rapid-reviews", """
                {"reference":"RR-CACHE-%s","children":["Child C"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-01-06",
                 "notifiedOn":"2025-01-08","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""".formatted(UUID.randomUUID())).text("id");
        String id = api.post("/api/v1/recommendations", """
                {"sourceId":"%s","number":"1","text":"Escalation training","themes":["PROFESSIONAL_CURIOSITY"],"madeOn":"2025-01-20"}"""
                .formatted(review)).text("id");
        assertThat(api.post("/api/v1/recommendations/" + id + "/response", "{\"respondedOn\":\"2025-01-21\",\"accepted\":true}").status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/recommendations/" + id + "/actions", """
                {"description":"Deliver training","agency":"PARTNERSHIP","owner":"Training lead","assignedOn":"2025-01-22","dueOn":"2025-06-30"}""")
                .status()).isEqualTo(201);
        return id;
    }
}
