package uk.org.casereview.projections.recommendation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.recommendation.RecommendationEvent;
import uk.org.casereview.projections.shared.History;
import uk.org.casereview.projections.shared.FactLog;
import uk.org.casereview.projections.shared.Page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers questions about recommendations and their actions from the read model, as of a business date. */
@Component
public class RecommendationQueries {

    private final JdbcTemplate jdbc;
    private final FactLog<RecommendationEvent> facts;
    private final StatutoryClock clock;

    public RecommendationQueries(JdbcTemplate jdbc, StatutoryClock clock) {
        this.jdbc = jdbc;
        this.facts = RecommendationProjection.facts(jdbc);
        this.clock = clock;
    }

    public Optional<RecommendationView> find(String id, LocalDate asOf) {
        return facts.find(id).flatMap(history -> view(history, asOf));
    }

    public Optional<History<RecommendationEvent>> history(String id) {
        return facts.find(id);
    }

    public boolean exists(String id) {
        return jdbc.queryForObject("select count(*) from recommendation where id = ?", Long.class, id) > 0;
    }

    /** True when the review already has a recommendation with this number. */
    public boolean numberTaken(String sourceId, String number) {
        Long count = jdbc.queryForObject("select count(*) from recommendation where source_id = ? and number = ?",
                Long.class, sourceId, number);
        return count != null && count > 0;
    }

    /** Recommendations made on or before the date, optionally of one review, by review and number. */
    public Page<RecommendationView> list(String sourceId, LocalDate asOf, int page, int size) {
        StringBuilder where = new StringBuilder(" where made_on <= ?");
        List<Object> args = new ArrayList<>(List.of(asOf));
        if (sourceId != null) {
            where.append(" and source_id = ?");
            args.add(sourceId);
        }
        long total = jdbc.queryForObject("select count(*) from recommendation" + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<String> ids = jdbc.queryForList("select id from recommendation" + where
                + " order by made_on desc, source_id, number, id limit ? offset ?", String.class, args.toArray());
        List<RecommendationView> items = facts.findInOrder(ids).stream().flatMap(h -> view(h, asOf).stream()).toList();
        return new Page<>(items, total, page, size);
    }

    private Optional<RecommendationView> view(History<RecommendationEvent> history, LocalDate asOf) {
        return RecommendationFold.view(history, asOf, clock, null).map(v -> withSourceReference(v, asOf));
    }

    private RecommendationView withSourceReference(RecommendationView view, LocalDate asOf) {
        List<String> references = jdbc.queryForList(
                "select reference from practice_review where id = ? union all select reference from rapid_review where id = ?",
                String.class, view.sourceId(), view.sourceId());
        String reference = references.isEmpty() ? null : references.get(0);
        return new RecommendationView(view.id(), view.sourceId(), reference, view.number(), view.text(), view.themes(),
                view.madeOn(), view.status(), view.rag(), view.response(), view.closure(), view.actions(), asOf, view.version());
    }
}
