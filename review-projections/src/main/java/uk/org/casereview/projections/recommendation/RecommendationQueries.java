package uk.org.casereview.projections.recommendation;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.recommendation.RecommendationEvent;
import uk.org.casereview.domain.recommendation.RecommendationStatus;
import uk.org.casereview.domain.referencedata.ReferenceData;
import uk.org.casereview.projections.readmodel.ActivePeriods;
import uk.org.casereview.projections.readmodel.DailyCounts;
import uk.org.casereview.projections.readmodel.FactLog;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.Labels;
import uk.org.casereview.projections.readmodel.Page;
import uk.org.casereview.projections.readmodel.ReadModels;
import uk.org.casereview.projections.readmodel.Timeline;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Answers questions about recommendations and their actions from the read model, as of a business date. */
@Component
public class RecommendationQueries {

    private final JdbcTemplate jdbc;
    private final FactLog<RecommendationEvent> facts;
    private final StatutoryClock clock;
    private final Labels labels;

    public RecommendationQueries(JdbcTemplate jdbc, EventStore eventStore, StatutoryClock clock, ReferenceData referenceData,
                                 PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.facts = RecommendationProjection.facts(eventStore).readingPagesIn(new TransactionTemplate(transactions));
        this.clock = clock;
        this.labels = new Labels(referenceData);
    }

    public Optional<RecommendationView> find(String id, LocalDate asOf) {
        return facts.find(id).flatMap(history -> RecommendationView.of(history, asOf, clock, null))
                .map(view -> withSourceReferences(List.of(view)).get(0));
    }

    /** What happened, in business-date order, with each action's due date interleaved. */
    public Optional<Timeline> timeline(String id, LocalDate asOf) {
        return facts.find(id).flatMap(history -> RecommendationView.of(history, asOf, clock, null)
                .map(view -> RecommendationTimeline.of(history, withSourceReferences(List.of(view)).get(0), asOf, labels,
                        clock.timescales().amberWithinDays())));
    }

    public Optional<History<RecommendationEvent>> history(String id) {
        return facts.find(id);
    }

    public boolean exists(String id) {
        return jdbc.queryForObject("select count(*) from recommendation where id = ?", Long.class, id) > 0;
    }

    /**
     * Recommendations in existence on the date that pass the filter, most recently made first (in the order recorded on
     * the same day). Without a status filter
     * a recommendation exists from the day it was made; with one, its status that day comes from its status periods.
     */
    public Page<RecommendationView> list(RecommendationFilter filter, LocalDate asOf, int page, int size) {
        long total;
        List<String> ids;
        Range made = range();
        Single single = single(filter);
        long counted = single == null ? 0 : single.count(asOf); // every one was made by the date: a status or RAG is a dated fact
        if (filter.equals(RecommendationFilter.none())) {
            total = madeBy(asOf, made);
            ids = jdbc.queryForList(NEWEST + " limit ? offset ?", String.class, asOf, size, (long) page * size);
        } else if (single != null) {
            total = counted;
            ids = single.newestFirst(asOf, page, size, counted);
        } else {
            Set<String> passing = passing(filter, asOf);
            if (passing.size() > LOOKED_UP && (made.last() == null || !asOf.isBefore(made.last()) || datedOnly(filter))) {
                total = passing.size(); // every one of them was made by the date
                ids = newestFirst(passing, asOf, page, size, madeBy(asOf, made));
            } else {
                List<Made> madeBy = made(passing).stream().filter(one -> !one.on().isAfter(asOf)).sorted(NEWEST_FIRST).toList();
                total = madeBy.size();
                ids = madeBy.stream().skip((long) page * size).limit(size).map(Made::id).toList();
            }
        }
        List<RecommendationView> views = facts.findInOrder(ids).stream()
                .flatMap(history -> RecommendationView.of(history, asOf, clock, null).stream())
                .toList();
        return new Page<>(withSourceReferences(views), total, page, size);
    }

    /**
     * How many recommendations were made by the date: one sum of their daily counts ({@link DailyCounts}, at most a
     * row a day). A {@code count(*)} of the table costs PostgreSQL a scan of every row (20 ms nationally), and summing
     * every status's counts the embedded database 6 ms.
     */
    private long madeBy(LocalDate asOf, Range made) {
        if (made.first() == null || asOf.isBefore(made.first())) {
            return 0;
        }
        return DailyCounts.on(jdbc, RecommendationRows.MADE_COUNT, RecommendationRows.MADE, asOf);
    }

    /** The first and last days recommendations were made (from the index recommendation_made_on). */
    private record Range(LocalDate first, LocalDate last) {
    }

    private Range range() {
        return jdbc.queryForObject("select min(made_on), max(made_on) from recommendation",
                (rs, n) -> new Range(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)));
    }

    /** The recommendations made by a date, most recently made first (the index recommendation_made_on). */
    private static final String NEWEST = "select id from recommendation where made_on <= ? order by made_on desc, id";

    /** Passing sets up to this size are put in order by looking each recommendation up; larger ones by {@link #newestFirst}. */
    private static final int LOOKED_UP = 500;

    /**
     * Whether the filter passes only recommendations with a fact dated on or before the date (a status, an action
     * assigned, a RAG): facts no recommendation has before it was made, so each of them was made by the date.
     */
    private static boolean datedOnly(RecommendationFilter filter) {
        return filter.theme() == null && filter.sourceId() == null;
    }

    /**
     * The page of these recommendations, most recently made first, from the index of the days recommendations were
     * made: as many entries of it as the passing recommendations' share of all suggests, more when that found too few.
     * Cheaper than looking each passing recommendation up when there are many.
     */
    private List<String> newestFirst(Set<String> passing, LocalDate asOf, int page, int size, long all) {
        long skipped = (long) page * size;
        if (skipped >= passing.size()) {
            return List.of();
        }
        long wanted = Math.min(passing.size(), skipped + size);
        long limit = Math.min(all, 2 * wanted * all / passing.size() + size);
        while (true) {
            List<String> newest = jdbc.queryForList(NEWEST + " limit ?", String.class, asOf, limit);
            List<String> found = newest.stream().filter(passing::contains).toList();
            if (found.size() >= wanted || newest.size() < limit || limit >= all) {
                return found.stream().skip(skipped).limit(size).toList();
            }
            limit = Math.min(all, limit * 4);
        }
    }

    /** A recommendation and the day it was made. */
    private record Made(String id, LocalDate on) {
    }

    /** The list's order: most recently made first, then by id (ids are time-ordered: in the order recorded that day). */
    private static final Comparator<Made> NEWEST_FIRST = Comparator.comparing(Made::on).reversed().thenComparing(Made::id);

    /**
     * Ids to a query of {@link #made}, always as many (the last query repeats an id to fill up), so that one statement
     * serves every query. H2 looks each id of an {@code in} list up in the primary key and then checks each row against
     * the list from its start: with thousands of ids to a query (an array parameter) that check cost more than the lookups.
     */
    private static final int IDS_A_QUERY = 100;
    private static final String MADE = "select id, made_on from recommendation where id in ("
            + String.join(", ", Collections.nCopies(IDS_A_QUERY, "?")) + ")";

    /** The day each of these recommendations was made, looked up by their ids. */
    private List<Made> made(Set<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<Made> made = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += IDS_A_QUERY) {
            Object[] chunk = new Object[IDS_A_QUERY];
            for (int i = 0; i < IDS_A_QUERY; i++) {
                chunk[i] = all.get(Math.min(from + i, all.size() - 1));
            }
            made.addAll(jdbc.query(MADE, (rs, n) -> new Made(rs.getString(1), rs.getObject(2, LocalDate.class)), chunk));
        }
        return made;
    }

    /**
     * The ids of the recommendations that pass every condition of the filter on the date. Each condition's set is read
     * on its own, from an index alone, and the sets are intersected here: on H2 a chain of "id in (subquery)" checked
     * every subquery again for each row (nationally, IN_PROGRESS and RED took 47 ms at the median that way). Reading
     * both is also quicker than reading the smaller one and looking each of its recommendations up in the other's
     * periods by id (nationally 11 ms against 27 ms at the median for IN_PROGRESS, 7,957, and RED, 1,423).
     */
    private Set<String> passing(RecommendationFilter filter, LocalDate asOf) {
        Sets sets = new Sets();
        Single status = filter.status() == null ? null : status(filter.status());
        Single rag = filter.rag() == null ? null : rag(filter.rag());
        if (status != null) {
            sets.include(status.containing(asOf));
        }
        if (rag != null) {
            sets.include(rag.containing(asOf));
        }
        if (filter.sourceId() != null) {
            sets.include("select id from recommendation where source_id = ?", List.of(filter.sourceId()));
        }
        if (filter.theme() != null) {
            sets.include("select recommendation_id from recommendation_theme where theme = ?", List.of(filter.theme()));
        }
        if (filter.agency() != null) {
            sets.include("select recommendation_id from action where agency = ? and assigned_on <= ?", List.of(filter.agency(), asOf));
        }
        return sets.passing();
    }

    /**
     * A filter of one condition, a status or a RAG: its total is counted day by day ({@link DailyCounts}), and its page
     * is read in order from the periods that have not ended, merged with those that end after the date.
     */
    private Single single(RecommendationFilter filter) {
        if (filter.sourceId() != null || filter.theme() != null || filter.agency() != null) {
            return null;
        }
        if (filter.status() != null && filter.rag() == null) {
            return status(filter.status());
        }
        if (filter.rag() != null && filter.status() == null) {
            return rag(filter.rag());
        }
        return null;
    }

    /** The recommendations with this status on the date. */
    private Single status(RecommendationStatus status) {
        return new Single("recommendation_period", "status", status.name(), RecommendationRows.STATUS_COUNT, true);
    }

    /** The recommendations whose RAG on the date, the worst of their actions' as the view has it, was this. */
    private Single rag(Rag rag) {
        return new Single("recommendation_rag_period", "rag", rag.name(), RecommendationRows.RAG_COUNT, false);
    }

    /**
     * A condition on one column of a period table (the recommendation's status, or its RAG) on a date. The periods
     * that contain the date are those that have not ended and began by it, and those that end after it. The first are
     * most of any large set (CLOSED, COMPLETE: nationally about 78,000 each) and are read in the order of the list from
     * an index, only as many as the page needs; the second are few for a recent date (a status ends only with a fact,
     * and no fact is dated after today) and are read whole.
     */
    private final class Single {
        private final String table;
        private final String column;
        private final String value;
        private final String counted;
        /** Whether the table files the open-ended periods of a final state apart (ActivePeriods.SETTLED). */
        private final boolean settled;

        Single(String table, String column, String value, String counted, boolean settled) {
            this.table = table;
            this.column = column;
            this.value = value;
            this.counted = counted;
            this.settled = settled;
        }

        /** The recommendations that pass on the date: every period containing it, from the index of its length class. */
        Query containing(LocalDate asOf) {
            List<Object> args = new ArrayList<>();
            String periods = ActivePeriods.containing(table, "recommendation_id", asOf, " and " + column + " = ?", List.of(value),
                    settled, args);
            return new Query("select recommendation_id from " + periods + " p", args);
        }

        long count(LocalDate asOf) {
            return DailyCounts.on(jdbc, counted, value, asOf);
        }

        /** The page, most recently made first (then by id, as {@link #NEWEST_FIRST}). */
        List<String> newestFirst(LocalDate asOf, int page, int size, long count) {
            long skipped = (long) page * size;
            if (skipped >= count) {
                return List.of();
            }
            List<Made> passing = new ArrayList<>(jdbc.query("select recommendation_id, made_on from " + table
                            + " where to_on = ? and " + column + " = ? and made_on <= ? and from_on <= ?"
                            // the columns held equal lead the order, or H2 sorts instead of reading the index in order
                            + " order by to_on, " + column + ", made_on desc, recommendation_id limit ?",
                    (rs, n) -> new Made(rs.getString(1), rs.getObject(2, LocalDate.class)),
                    ReadModels.OPEN_END, value, asOf, asOf, skipped + size));
            List<Object> args = new ArrayList<>();
            String ending = ActivePeriods.endingAfter(table, "recommendation_id, made_on", asOf, " and " + column + " = ?",
                    List.of(value), args);
            passing.addAll(jdbc.query("select recommendation_id, made_on from " + ending + " p",
                    (rs, n) -> new Made(rs.getString(1), rs.getObject(2, LocalDate.class)), args.toArray()));
            return passing.stream().sorted(NEWEST_FIRST).skip(skipped).limit(size).map(Made::id).toList();
        }
    }

    /** A query of recommendation ids and its parameters. */
    private record Query(String sql, List<Object> args) {
    }

    /** The intersection of the sets included, each read once. */
    private final class Sets {

        private Set<String> included;

        void include(String sql, List<Object> args) {
            include(new Query(sql, args));
        }

        void include(Query query) {
            if (included != null && included.isEmpty()) {
                return;
            }
            Set<String> ids = read(query);
            if (included == null) {
                included = ids;
            } else {
                included.retainAll(ids);
            }
        }

        Set<String> passing() {
            return included == null ? new HashSet<>() : included;
        }

        private Set<String> read(Query query) {
            Set<String> ids = new HashSet<>();
            jdbc.query(query.sql(), (ResultSet rs) -> {
                ids.add(rs.getString(1));
            }, query.args().toArray());
            return ids;
        }
    }

    /** The recommendations with these ids as of the date, in the order of the ids, with their sources' references. */
    public List<RecommendationView> views(List<String> ids, LocalDate asOf) {
        return withSourceReferences(facts.findInOrder(ids).stream()
                .flatMap(history -> RecommendationView.of(history, asOf, clock, null).stream())
                .toList());
    }

    private List<RecommendationView> withSourceReferences(List<RecommendationView> views) {
        Map<String, String> references = sourceReferences(views.stream().map(RecommendationView::sourceId).distinct().toList());
        return views.stream().map(view -> new RecommendationView(view.id(), view.sourceId(), references.get(view.sourceId()),
                view.number(), view.text(), view.themes(), view.madeOn(), view.status(), view.rag(), view.response(),
                view.responses(), view.closure(), view.reopenings(), view.impactReviews(), view.actions(), view.asOf(),
                view.version())).toList();
    }

    /** The references of rapid reviews and practice reviews, by id. */
    public Map<String, String> sourceReferences(Collection<String> sourceIds) {
        Map<String, String> references = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return references;
        }
        String marks = sourceIds.stream().map(id -> "?").collect(Collectors.joining(","));
        List<Object> args = new ArrayList<>(sourceIds);
        args.addAll(sourceIds);
        jdbc.query("select id, reference from practice_review where id in (" + marks + ") union all "
                + "select id, reference from rapid_review where id in (" + marks + ")",
                rs -> {
                    references.put(rs.getString(1), rs.getString(2));
                }, args.toArray());
        return references;
    }
}
