package uk.org.casereview.projections.practicereview;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.practicereview.PracticeReviewEvent;
import uk.org.casereview.projections.readmodel.FactLog;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.Page;
import uk.org.casereview.projections.readmodel.Timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Answers questions about practice reviews from the read model, as of a business date. */
@Component
public class PracticeReviewQueries {

    private final JdbcTemplate jdbc;
    private final FactLog<PracticeReviewEvent> facts;
    private final StatutoryClock clock;

    public PracticeReviewQueries(JdbcTemplate jdbc, EventStore eventStore, StatutoryClock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.facts = PracticeReviewProjection.facts(eventStore).readingPagesIn(new TransactionTemplate(transactions));
        this.clock = clock;
    }

    public Optional<PracticeReviewView> find(String id, LocalDate asOf) {
        return facts.find(id).flatMap(history -> PracticeReviewView.of(history, asOf, clock));
    }

    /** What happened, in business-date order, with the statutory milestones interleaved. */
    public Optional<Timeline> timeline(String id, LocalDate asOf) {
        return facts.find(id).flatMap(history -> PracticeReviewView.of(history, asOf, clock)
                .map(view -> PracticeReviewTimeline.of(history, view, asOf, clock.timescales())));
    }

    public Optional<History<PracticeReviewEvent>> history(String id) {
        return facts.find(id);
    }

    public boolean exists(String id) {
        return jdbc.queryForObject("select count(*) from practice_review where id = ?", Long.class, id) > 0;
    }

    /** Practice reviews decided on or before the date, most recent first. */
    public Page<PracticeReviewView> list(LocalDate asOf, int page, int size) {
        long total = jdbc.queryForObject("select count(*) from practice_review where decided_on <= ?", Long.class, asOf);
        List<String> ids = jdbc.queryForList(
                "select id from practice_review where decided_on <= ? order by decided_on desc, reference, id limit ? offset ?",
                String.class, asOf, size, (long) page * size);
        List<PracticeReviewView> items = facts.findInOrder(ids).stream()
                .flatMap(history -> PracticeReviewView.of(history, asOf, clock).stream())
                .toList();
        return new Page<>(items, total, page, size);
    }

    /** The practice reviews with these ids as of the date, in the order of the ids. */
    public List<PracticeReviewView> views(List<String> ids, LocalDate asOf) {
        return facts.findInOrder(ids).stream().flatMap(history -> PracticeReviewView.of(history, asOf, clock).stream()).toList();
    }
}
