package uk.org.casereview.projections.practicereview;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.practicereview.PracticeReviewEvent;
import uk.org.casereview.projections.shared.HistoryTable;
import uk.org.casereview.projections.shared.Page;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Answers questions about practice reviews from the read model, as of a business date. */
@Component
public class PracticeReviewQueries {

    private final JdbcTemplate jdbc;
    private final HistoryTable<PracticeReviewEvent> table;
    private final StatutoryClock clock;

    public PracticeReviewQueries(JdbcTemplate jdbc, PracticeReviewTables tables, StatutoryClock clock) {
        this.jdbc = jdbc;
        this.table = tables.practiceReviews();
        this.clock = clock;
    }

    public Optional<PracticeReviewView> find(String id, LocalDate asOf) {
        return table.find(id).flatMap(history -> PracticeReviewFold.view(history, asOf, clock));
    }

    public boolean exists(String id) {
        return table.find(id).isPresent();
    }

    /** Practice reviews decided on or before the date, most recent first. */
    public Page<PracticeReviewView> list(LocalDate asOf, int page, int size) {
        long total = jdbc.queryForObject("select count(*) from practice_review where decided_on <= ?", Long.class, asOf);
        List<String> ids = jdbc.queryForList(
                "select id from practice_review where decided_on <= ? order by decided_on desc, reference, id limit ? offset ?",
                String.class, asOf, size, (long) page * size);
        List<PracticeReviewView> items = table.findAll(ids).stream()
                .flatMap(history -> PracticeReviewFold.view(history, asOf, clock).stream())
                .toList();
        return new Page<>(items, total, page, size);
    }
}
