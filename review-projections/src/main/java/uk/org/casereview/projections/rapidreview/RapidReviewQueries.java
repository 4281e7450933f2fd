package uk.org.casereview.projections.rapidreview;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.rapidreview.RapidReviewEvent;
import uk.org.casereview.projections.readmodel.FactLog;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.Labels;
import uk.org.casereview.projections.readmodel.Page;
import uk.org.casereview.projections.readmodel.Timeline;
import uk.org.casereview.domain.referencedata.ReferenceData;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Answers questions about rapid reviews from the read model, as of a business date. */
@Component
public class RapidReviewQueries {

    private final JdbcTemplate jdbc;
    private final FactLog<RapidReviewEvent> facts;
    private final StatutoryClock clock;
    private final Labels labels;

    public RapidReviewQueries(JdbcTemplate jdbc, EventStore eventStore, StatutoryClock clock, ReferenceData referenceData,
                              PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.facts = RapidReviewProjection.facts(eventStore).readingPagesIn(new TransactionTemplate(transactions));
        this.clock = clock;
        this.labels = new Labels(referenceData);
    }

    /** What happened, in business-date order, with the statutory milestones interleaved. */
    public Optional<Timeline> timeline(String id, LocalDate asOf) {
        return facts.find(id).flatMap(history -> RapidReviewView.of(history, asOf, clock)
                .map(view -> RapidReviewTimeline.of(history, view, asOf, labels, clock.timescales())));
    }

    /** The rapid review as of the date; empty when unknown or not yet notified by then. */
    public Optional<RapidReviewView> find(String id, LocalDate asOf) {
        return facts.find(id).flatMap(history -> RapidReviewView.of(history, asOf, clock));
    }

    public Optional<History<RapidReviewEvent>> history(String id) {
        return facts.find(id);
    }

    /** True when a rapid review with this id has been recorded, whatever its dates. */
    public boolean exists(String id) {
        return jdbc.queryForObject("select count(*) from rapid_review where id = ?", Long.class, id) > 0;
    }

    /** Rapid reviews notified on or before the date, most recent notification first. */
    public Page<RapidReviewView> list(LocalDate asOf, int page, int size) {
        long total = jdbc.queryForObject("select count(*) from rapid_review where notified_on <= ?", Long.class, asOf);
        List<String> ids = jdbc.queryForList(
                "select id from rapid_review where notified_on <= ? order by notified_on desc, reference, id limit ? offset ?",
                String.class, asOf, size, (long) page * size);
        List<RapidReviewView> items = facts.findInOrder(ids).stream()
                .flatMap(history -> RapidReviewView.of(history, asOf, clock).stream())
                .toList();
        return new Page<>(items, total, page, size);
    }
}
