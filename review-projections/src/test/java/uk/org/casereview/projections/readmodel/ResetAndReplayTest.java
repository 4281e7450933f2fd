package uk.org.casereview.projections.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.projections.recommendation.RecommendationFilter;
import uk.org.casereview.domain.recommendation.RecommendationStatus;
import uk.org.casereview.projections.support.Caseload;
import uk.org.casereview.projections.support.ReadModelFixture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static uk.org.casereview.projections.support.Events.d;

/**
 * A rebuild: the projections' {@code @ResetHandler}s empty every read-model table, and replaying the same events gives
 * exactly the same answers to every query. And an event handed to the projections a second time (same aggregate and
 * sequence number, as at-least-once delivery may do) changes nothing.
 */
class ResetAndReplayTest {

    private static final List<String> RAPID_REVIEWS = List.of("rr-0", "rr-1", "rr-2", "rr-3", "rr-4");
    private static final List<String> PRACTICE_REVIEWS = List.of("pr-1", "pr-2", "pr-3", "pr-4", "pr-5", "pr-6", "pr-7");
    private static final List<String> RECOMMENDATIONS = List.of("rec-1", "rec-2", "rec-3", "rec-4", "rec-5", "rec-6");
    private static final List<LocalDate> DATES = List.of(d("2024-03-31"), d("2024-08-31"), d("2024-12-31"), d("2025-03-31"),
            d("2025-06-30"));

    private final ObjectMapper json = ReadModels.json();
    private final ReadModelFixture fx = new ReadModelFixture();

    @BeforeEach
    void caseload() {
        Caseload.record(fx);
    }

    /** Every query's answer, as JSON, keyed by the question. */
    private Map<String, String> answers(ReadModelFixture models) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (LocalDate asOf : DATES) {
            for (String id : RAPID_REVIEWS) {
                answers.put("rapid review " + id + " " + asOf, write(models.rapidReviews.find(id, asOf)));
                answers.put("rapid review timeline " + id + " " + asOf, write(models.rapidReviews.timeline(id, asOf)));
            }
            for (String id : PRACTICE_REVIEWS) {
                answers.put("practice review " + id + " " + asOf, write(models.practiceReviews.find(id, asOf)));
                answers.put("practice review timeline " + id + " " + asOf, write(models.practiceReviews.timeline(id, asOf)));
            }
            for (String id : RECOMMENDATIONS) {
                answers.put("recommendation " + id + " " + asOf, write(models.recommendations.find(id, asOf)));
                answers.put("recommendation timeline " + id + " " + asOf, write(models.recommendations.timeline(id, asOf)));
            }
            answers.put("rapid reviews " + asOf, write(models.rapidReviews.list(asOf, 0, 500)));
            answers.put("practice reviews " + asOf, write(models.practiceReviews.list(asOf, 0, 500)));
            List<RecommendationFilter> filters = new ArrayList<>(List.of(RecommendationFilter.none(),
                    new RecommendationFilter("pr-1", null, null, null, null),
                    new RecommendationFilter(null, "POLICE", null, null, null),
                    new RecommendationFilter(null, null, "NEGLECT", null, null),
                    new RecommendationFilter(null, "POLICE", "NEGLECT", null, null)));
            for (Rag rag : Rag.values()) {
                filters.add(new RecommendationFilter(null, null, null, null, rag));
            }
            for (RecommendationStatus status : RecommendationStatus.values()) {
                filters.add(new RecommendationFilter(null, null, null, status, null));
            }
            for (RecommendationFilter filter : filters) {
                answers.put("recommendations " + filter + " " + asOf, write(models.recommendations.list(filter, asOf, 0, 500)));
            }
            answers.put("overdue actions " + asOf, write(models.overdueActions.overdue(asOf, null, null, 0, 1000)));
            answers.put("overdue POLICE NEGLECT " + asOf, write(models.overdueActions.overdue(asOf, "POLICE", "NEGLECT", 0, 1000)));
            answers.put("timeliness " + asOf, write(models.timeliness.timeliness(d("2023-04-01"), d("2026-03-31"), asOf)));
        }
        for (int year = 2023; year <= 2025; year++) {
            answers.put("learning themes " + year, write(models.learningThemes.themes(LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31))));
            answers.put("yearly report " + year, write(models.yearlyReports.report(year, LocalDate.of(year + 1, 3, 31))));
        }
        return answers;
    }

    private String write(Object answer) {
        if (answer instanceof java.util.Optional<?> optional) {
            answer = optional.orElse(null);
        }
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theResetHandlersEmptyEveryTable() {
        assertThat(ReadModelFixture.TABLES).allSatisfy(table -> assertThat(fx.count(table)).as(table).isPositive());

        fx.reset();

        assertThat(ReadModelFixture.TABLES).allSatisfy(table -> assertThat(fx.count(table)).as(table).isZero());
        assertThat(fx.rapidReviews.list(d("2025-06-30"), 0, 500).total()).isZero();
        assertThat(fx.practiceReviews.list(d("2025-06-30"), 0, 500).total()).isZero();
        assertThat(fx.recommendations.list(RecommendationFilter.none(), d("2025-06-30"), 0, 500).total()).isZero();
        assertThat(fx.overdueActions.overdue(d("2025-03-31"), null, null, 0, 100).total()).isZero();
    }

    @Test
    void replayingTheSameEventsAfterAResetGivesExactlyTheSameAnswers() {
        Map<String, String> before = answers(fx);
        Map<String, List<String>> tablesBefore = fx.dump();
        assertThat(before.get("recommendation rec-3 2025-03-31")).contains("\"rag\":\"RED\"");

        fx.reset();
        fx.replay();

        assertThat(fx.dump()).isEqualTo(tablesBefore);
        Map<String, String> after = answers(fx);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((question, answer) -> assertThat(after.get(question)).as(question).isEqualTo(answer));

        // and a second time
        fx.reset();
        fx.replay();
        assertThat(answers(fx)).isEqualTo(before);
    }

    @Test
    void replayingIntoAnotherDatabaseWithNewProjectionsGivesTheSameAnswers() {
        ReadModelFixture other = fx.withNewDatabase();
        fx.messages().forEach(other::dispatch);
        assertThat(other.dump()).isEqualTo(fx.dump());
        assertThat(answers(other)).isEqualTo(answers(fx));
    }

    /**
     * The event processor hands events over in batches, one unit of work each (SPEC: a batch of 200 by default).
     * Batches that cut across an aggregate's events, or hold several events of one aggregate, give the same tables
     * and answers as events handed over one at a time.
     */
    @Test
    void batchesOfEventsGiveTheSameReadModelsAsOneAtATime() {
        Map<String, List<String>> oneByOne = fx.dump();
        Map<String, String> answers = answers(fx);
        for (int batchSize : new int[]{2, 7, 1000}) {
            ReadModelFixture batched = fx.withNewDatabase();
            List<DomainEventMessage<?>> messages = fx.messages();
            for (int start = 0; start < messages.size(); start += batchSize) {
                List<DomainEventMessage<?>> batch = messages.subList(start, Math.min(start + batchSize, messages.size()));
                org.axonframework.messaging.unitofwork.BatchingUnitOfWork<?> unitOfWork =
                        new org.axonframework.messaging.unitofwork.BatchingUnitOfWork<>(batch);
                unitOfWork.executeWithResult(() -> {
                    batched.dispatch((DomainEventMessage<?>) unitOfWork.getMessage());
                    return null;
                });
                assertThat(unitOfWork.isRolledBack()).as("batch at " + start + " of " + batchSize).isFalse();
            }
            assertThat(batched.dump()).as("batches of " + batchSize).isEqualTo(oneByOne);
            assertThat(answers(batched)).as("batches of " + batchSize).isEqualTo(answers);
        }
    }

    private DomainEventMessage<?> message(String aggregateId, long seq) {
        return fx.messages().stream().filter(m -> m.getAggregateIdentifier().equals(aggregateId) && m.getSequenceNumber() == seq)
                .findFirst().orElseThrow(() -> new AssertionError("no event " + seq + " of " + aggregateId));
    }

    private long lastSeq(String aggregateId) {
        return fx.messages().stream().filter(m -> m.getAggregateIdentifier().equals(aggregateId))
                .mapToLong(DomainEventMessage::getSequenceNumber).max().orElseThrow();
    }

    private void assertReplayChangesNothing(ReadModelFixture models, DomainEventMessage<?> message) {
        Map<String, List<String>> tables = fx.dump();
        Map<String, String> answers = answers(fx);
        assertThatCode(() -> models.dispatch(message))
                .as("event %d of %s handed over again", message.getSequenceNumber(), message.getAggregateIdentifier())
                .doesNotThrowAnyException();
        assertThat(fx.dump()).isEqualTo(tables);
        assertThat(answers(fx)).isEqualTo(answers);
    }

    @Test
    void replayingTheLatestEventOfAnAggregateChangesNothing() {
        assertReplayChangesNothing(fx, message("rec-1", lastSeq("rec-1")));
        assertReplayChangesNothing(fx, message("rr-2", lastSeq("rr-2")));
        assertReplayChangesNothing(fx, message("pr-3", lastSeq("pr-3")));
    }

    /*
     * An event is not handed over again once its batch has committed: the processor's token is stored in the same
     * transaction as the rows. A batch whose commit failed is handed over again from the state before it, and the
     * latest event handed over twice (above) changes nothing: the projection's cache of committed histories holds it,
     * so it is left out (the daily counts would count it twice). An event older than an aggregate's latest is never
     * handed over again, so it is not tested here.
     */

    @Test
    void replayingTheLatestEventToProjectionsThatDidNotCacheItChangesNothing() {
        // new projection instances over the same database: their histories come from the event store, not a cache
        ReadModelFixture restarted = fx.restarted();
        assertReplayChangesNothing(restarted, message("rec-1", lastSeq("rec-1")));
        assertReplayChangesNothing(restarted, message("rr-2", lastSeq("rr-2")));
        assertReplayChangesNothing(restarted, message("pr-3", lastSeq("pr-3")));
    }
}
