package uk.org.casereview.projections.support;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.practicereview.PracticeReviewEvent;
import uk.org.casereview.domain.rapidreview.RapidReviewEvent;
import uk.org.casereview.domain.recommendation.RecommendationEvent;
import uk.org.casereview.domain.referencedata.ReferenceData;
import uk.org.casereview.projections.learningthemes.LearningThemeQueries;
import uk.org.casereview.projections.overdueactions.OverdueActionQueries;
import uk.org.casereview.projections.practicereview.PracticeReviewProjection;
import uk.org.casereview.projections.practicereview.PracticeReviewQueries;
import uk.org.casereview.projections.rapidreview.RapidReviewProjection;
import uk.org.casereview.projections.rapidreview.RapidReviewQueries;
import uk.org.casereview.projections.recommendation.RecommendationProjection;
import uk.org.casereview.projections.recommendation.RecommendationQueries;
import uk.org.casereview.projections.timeliness.TimelinessQueries;
import uk.org.casereview.projections.yearlyreport.YearlyReportQueries;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh in-memory H2 database migrated with the read-model schema, an in-memory Axon event store, the three
 * projections and every query class over them, and a recorder that turns domain events into
 * {@link DomainEventMessage}s the way the event store hands them to the projections: aggregate type, aggregate id, the
 * aggregate's next sequence number, and {@code recordedBy} metadata. Each message is appended to the event store
 * before a projection sees it, as in the application (views and timelines are folds over the aggregate's events).
 * <p>
 * Tests in a projection's own package call its package-private {@code on(event, message)} handler directly with
 * {@link #next(String, Object)}; tests that need several projections use {@link #record(Object...)}, which dispatches
 * through Axon's own {@link AnnotationEventHandlerAdapter} (the {@code @EventHandler} and {@code @ResetHandler}
 * annotations as the framework reads them).
 */
public final class ReadModelFixture {

    public static final String ALICE = "alice";

    /** Every table of the read-model schema. */
    public static final List<String> TABLES = List.of("rapid_review", "rapid_review_decision",
            "rapid_review_response", "practice_review", "review_theme", "milestone", "recommendation", "recommendation_theme",
            "action", "recommendation_period", "action_period", "recommendation_open_period", "action_overdue_period", "dated_fact",
            "recommendation_rag_period", "daily_count");

    public final JdbcTemplate jdbc;
    /** The event store the views read histories from: every message made by next() is appended to it. */
    public final EventStore eventStore;
    private final InMemoryEventStorageEngine storage;
    public final StatutoryClock clock = StatutoryClock.defaults();
    public final ReferenceData referenceData = ReferenceData.defaults();

    public final RapidReviewProjection rapidReviewProjection;
    public final PracticeReviewProjection practiceReviewProjection;
    public final RecommendationProjection recommendationProjection;

    public final RapidReviewQueries rapidReviews;
    public final PracticeReviewQueries practiceReviews;
    public final RecommendationQueries recommendations;
    public final OverdueActionQueries overdueActions;
    public final LearningThemeQueries learningThemes;
    public final TimelinessQueries timeliness;
    public final YearlyReportQueries yearlyReports;

    private final List<AnnotationEventHandlerAdapter> handlers;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<DomainEventMessage<?>> messages = new ArrayList<>();
    private Instant lastRecordedAt = Instant.EPOCH;

    public ReadModelFixture() {
        this(database(), new InMemoryEventStorageEngine());
    }

    /** New projections and queries over the same database and event store (as after a restart: no cache). */
    public ReadModelFixture restarted() {
        return new ReadModelFixture(jdbc, storage);
    }

    /** New projections over a new, empty database, reading the same event store. */
    public ReadModelFixture withNewDatabase() {
        return new ReadModelFixture(database(), storage);
    }

    private ReadModelFixture(JdbcTemplate jdbc, InMemoryEventStorageEngine storage) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
        PlatformTransactionManager transactions = new JdbcTransactionManager(jdbc.getDataSource());
        this.rapidReviewProjection = new RapidReviewProjection(jdbc, eventStore, clock);
        this.practiceReviewProjection = new PracticeReviewProjection(jdbc, eventStore, clock);
        this.recommendationProjection = new RecommendationProjection(jdbc, eventStore, clock);
        this.handlers = List.of(new AnnotationEventHandlerAdapter(rapidReviewProjection),
                new AnnotationEventHandlerAdapter(practiceReviewProjection),
                new AnnotationEventHandlerAdapter(recommendationProjection));
        this.rapidReviews = new RapidReviewQueries(jdbc, eventStore, clock, referenceData, transactions);
        this.practiceReviews = new PracticeReviewQueries(jdbc, eventStore, clock, transactions);
        this.recommendations = new RecommendationQueries(jdbc, eventStore, clock, referenceData, transactions);
        this.overdueActions = new OverdueActionQueries(jdbc);
        this.learningThemes = new LearningThemeQueries(jdbc, referenceData);
        this.timeliness = new TimelinessQueries(jdbc, rapidReviews, practiceReviews);
        this.yearlyReports = new YearlyReportQueries(jdbc, learningThemes, recommendations, practiceReviews, "Test Partnership");
    }

    /** A new, empty in-memory database with the read-model schema (Flyway, classpath:db/migration). */
    public static JdbcTemplate database() {
        String url = "jdbc:h2:mem:readmodels-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new JdbcTemplate(dataSource);
    }

    /** A domain event message as the event store delivers it. */
    public static <T> DomainEventMessage<T> message(String type, String aggregateId, long seq, T payload, String recordedBy,
                                                    Instant recordedAt) {
        return new GenericDomainEventMessage<>(type, aggregateId, seq, payload, MetaData.with("recordedBy", recordedBy),
                UUID.randomUUID().toString(), recordedAt);
    }

    /**
     * The message for the aggregate's next event, recorded by {@code recordedBy} at 10:00 UTC on the event's business
     * date, or a minute after the previous message when that is later (events are recorded in order, on or after their
     * business date). Appended to the event store and kept for {@link #replay()}; not handed to the projections.
     */
    @SuppressWarnings("unchecked")
    public <T> DomainEventMessage<T> next(String recordedBy, T event) {
        String type = aggregateType(event);
        String aggregateId = aggregateId(event);
        long seq = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        Instant onTheDay = businessDate(event).atTime(10, 0).toInstant(ZoneOffset.UTC);
        Instant recordedAt = onTheDay.isAfter(lastRecordedAt) ? onTheDay : lastRecordedAt.plusSeconds(60);
        lastRecordedAt = recordedAt;
        DomainEventMessage<T> message = message(type, aggregateId, seq, event, recordedBy, recordedAt);
        storage.appendEvents(List.of(message));
        messages.add(message);
        return message;
    }

    public <T> DomainEventMessage<T> next(T event) {
        return next(ALICE, event);
    }

    /** Records the events, in order, by alice, through every projection's annotated handlers. */
    public void record(Object... events) {
        recordBy(ALICE, events);
    }

    public void recordBy(String recordedBy, Object... events) {
        for (Object event : events) {
            dispatch(next(recordedBy, event));
        }
    }

    /** Hands the message to every projection, through Axon's annotation handling. */
    public void dispatch(DomainEventMessage<?> message) {
        try {
            for (AnnotationEventHandlerAdapter handler : handlers) {
                if (handler.canHandle(message)) {
                    handler.handle(message);
                }
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every message recorded so far, in order. */
    public List<DomainEventMessage<?>> messages() {
        return List.copyOf(messages);
    }

    /** Calls every projection's {@code @ResetHandler}, as a replay from the start does. */
    public void reset() {
        handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
    }

    /** Hands every message recorded so far to the projections again, in the same order (the event store keeps them). */
    public void replay() {
        messages.forEach(this::dispatch);
    }

    public long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Every row of every read-model table, as text, sorted: two dumps are equal when the read models are. */
    public Map<String, List<String>> dump() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            List<String> rows = new ArrayList<>(jdbc.queryForList("select * from " + table).stream()
                    .map(row -> new java.util.TreeMap<>(row).toString()).toList());
            rows.sort(Comparator.naturalOrder());
            tables.put(table, rows);
        }
        return tables;
    }

    private static String aggregateType(Object event) {
        if (event instanceof RapidReviewEvent) {
            return "RapidReview";
        } else if (event instanceof PracticeReviewEvent) {
            return "PracticeReview";
        } else if (event instanceof RecommendationEvent) {
            return "Recommendation";
        }
        throw new IllegalArgumentException("not a domain event: " + event);
    }

    private static String aggregateId(Object event) {
        if (event instanceof RapidReviewEvent e) {
            return e.rapidReviewId();
        } else if (event instanceof PracticeReviewEvent e) {
            return e.practiceReviewId();
        } else if (event instanceof RecommendationEvent e) {
            return e.recommendationId();
        }
        throw new IllegalArgumentException("not a domain event: " + event);
    }

    private static LocalDate businessDate(Object event) {
        if (event instanceof RapidReviewEvent e) {
            return e.on();
        } else if (event instanceof PracticeReviewEvent e) {
            return e.on();
        } else if (event instanceof RecommendationEvent e) {
            return e.on();
        }
        throw new IllegalArgumentException("not a domain event: " + event);
    }
}
