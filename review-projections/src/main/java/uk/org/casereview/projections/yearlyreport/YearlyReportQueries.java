package uk.org.casereview.projections.yearlyreport;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.rapidreview.RapidReviewDecision;
import uk.org.casereview.domain.recommendation.RecommendationState;
import uk.org.casereview.projections.learningthemes.LearningThemeQueries;
import uk.org.casereview.projections.learningthemes.LearningThemes;
import uk.org.casereview.projections.practicereview.PracticeReviewQueries;
import uk.org.casereview.projections.practicereview.PracticeReviewView;
import uk.org.casereview.projections.recommendation.RecommendationQueries;
import uk.org.casereview.projections.recommendation.RecommendationView;
import uk.org.casereview.projections.readmodel.ActivePeriods;
import uk.org.casereview.projections.readmodel.DatedFactRow;
import uk.org.casereview.projections.readmodel.ReportingYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The yearly report's figures, each one query on the read models. The sections are independent, so they are asked for
 * at the same time, one thread per processor: a national history's report answers in the time of its slowest section
 * rather than of all of them.
 */
@Component
public class YearlyReportQueries implements DisposableBean {

    /** The recommendations of the record in one page of a JSON answer, unless asked otherwise. */
    public static final int DEFAULT_RECORD_SIZE = 100;

    private final JdbcTemplate jdbc;
    private final LearningThemeQueries learningThemes;
    private final RecommendationQueries recommendationQueries;
    private final PracticeReviewQueries practiceReviewQueries;
    private final String partnership;
    private final ExecutorService sections = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
            daemonThreads());

    public YearlyReportQueries(JdbcTemplate jdbc, LearningThemeQueries learningThemes, RecommendationQueries recommendationQueries,
                               PracticeReviewQueries practiceReviewQueries,
                               @Value("${casereview.partnership.name:Local Safeguarding Children Partnership}") String partnership) {
        this.jdbc = jdbc;
        this.learningThemes = learningThemes;
        this.recommendationQueries = recommendationQueries;
        this.practiceReviewQueries = practiceReviewQueries;
        this.partnership = partnership;
    }

    /** The report for the reporting year starting 1 April {@code year}, as of {@code asOf}, with the first page of its record. */
    public YearlyReport report(int year, LocalDate asOf) {
        return report(year, asOf, 0, DEFAULT_RECORD_SIZE);
    }

    /** The whole report, every recommendation of the record in it: what a publication freezes, the HTML, PDF and CSV. */
    public YearlyReport wholeReport(int year, LocalDate asOf) {
        return report(year, asOf, 0, Integer.MAX_VALUE);
    }

    /**
     * The report for the reporting year starting 1 April {@code year}, as of {@code asOf}, with the page {@code recordPage}
     * of {@code recordSize} recommendations of its record; without its publication (see {@link YearlyReportPublications}).
     */
    public YearlyReport report(int year, LocalDate asOf, int recordPage, int recordSize) {
        ReportingYear reportingYear = new ReportingYear(year);
        LocalDate from = reportingYear.from();
        LocalDate end = asOf.isBefore(reportingYear.to()) ? asOf : reportingYear.to();
        CompletableFuture<long[]> open = section(() -> openRecommendations(end));
        CompletableFuture<Record> record = section(() -> record(from, end, recordPage, recordSize));
        CompletableFuture<YearlyReport.Recommendations> counted = section(() -> recommendations(from, end));
        CompletableFuture<YearlyReport.Actions> actions = section(() -> actions(from, end));
        CompletableFuture<YearlyReport.RapidReviews> rapidReviews = section(() -> rapidReviews(from, end));
        CompletableFuture<YearlyReport.Notifications> notifications = section(() -> notifications(from, end));
        CompletableFuture<YearlyReport.PracticeReviews> practiceReviews = section(() -> practiceReviews(from, end));
        CompletableFuture<YearlyReport.Impact> impact = section(() -> impact(from, end, recordPage, recordSize));
        CompletableFuture<List<LearningThemes.RecurringTheme>> recurring = section(() -> learningThemes.recurring(end, reportingYear));
        YearlyReport.Recommendations figures = answer(counted);
        long[] openAtEnd = answer(open);
        Record page = answer(record);
        YearlyReport.Recommendations recommendations = new YearlyReport.Recommendations(figures.made(), figures.accepted(),
                figures.declined(), figures.closed(), figures.reopened(), openAtEnd[0], openAtEnd[1], figures.byTheme(),
                page.total(), recordPage, (int) Math.min(recordSize, page.total()), page.entries());
        return new YearlyReport(year, reportingYear.label(), partnership, from, reportingYear.to(), asOf, answer(notifications),
                answer(rapidReviews), answer(practiceReviews), recommendations, answer(actions), answer(impact),
                answer(recurring), null, null);
    }

    private <T> CompletableFuture<T> section(Supplier<T> figures) {
        return CompletableFuture.supplyAsync(figures, sections);
    }

    /** The section's figures, or the exception that stopped it, as it was thrown. */
    private static <T> T answer(CompletableFuture<T> section) {
        try {
            return section.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        sections.shutdown(); // reports being made finish; their connections go back to the pool
        sections.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static CustomizableThreadFactory daemonThreads() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("yearly-report-");
        threads.setDaemon(true);
        return threads;
    }

    private YearlyReport.Notifications notifications(LocalDate from, LocalDate end) {
        Map<String, Long> byOutcome = countBy("select outcome, count(*) from rapid_review where notified_on >= ? and notified_on <= ?"
                + " group by outcome", from, end);
        Map<String, Long> timeliness = countBy("select k, count(*) from (select case when m.due_on is null or r.notified_on <= m.due_on"
                + " then 'ON_TIME' else 'LATE' end k from rapid_review r join milestone m on m.review_id = r.id"
                + " and m.milestone = 'NOTIFICATION' where r.notified_on >= ? and r.notified_on <= ?) x group by k", from, end);
        return new YearlyReport.Notifications(sum(byOutcome), byOutcome.getOrDefault("DIED", 0L),
                byOutcome.getOrDefault("SERIOUSLY_HARMED", 0L), timeliness.getOrDefault("ON_TIME", 0L), timeliness.getOrDefault("LATE", 0L));
    }

    private YearlyReport.RapidReviews rapidReviews(LocalDate from, LocalDate end) {
        long total = count("select count(*) from rapid_review where notified_on >= ? and notified_on <= ?", from, end);
        long notYetSubmitted = count("select count(*) from rapid_review where notified_on >= ? and notified_on <= ?"
                + " and (first_submitted_on is null or first_submitted_on > ?) and (not_required_on is null or not_required_on > ?)",
                from, end, end, end);
        Map<String, Long> submitted = countBy("select k, count(*) from (select case when m.due_on is null or f.on_date <= m.due_on"
                + " then 'ON_TIME' else 'LATE' end k from dated_fact f join milestone m on m.review_id = f.subject_id"
                + " and m.milestone = 'RAPID_REVIEW' where f.kind = ? and f.on_date >= ? and f.on_date <= ?) x group by k",
                DatedFactRow.FIRST_SUBMISSION, from, end);
        long resubmitted = datedFacts(DatedFactRow.RESUBMISSION, from, end);
        long notRequired = count("select count(*) from rapid_review where not_required_on >= ? and not_required_on <= ?", from, end);
        Map<String, Long> decisions = new LinkedHashMap<>();
        for (RapidReviewDecision decision : RapidReviewDecision.values()) {
            decisions.put(decision.name(), 0L);
        }
        decisions.putAll(countBy("select d.decision, count(*) from rapid_review_decision d where d.decided_on >= ? and d.decided_on <= ?"
                + " and d.seq = (select max(d2.seq) from rapid_review_decision d2 where d2.rapid_review_id = d.rapid_review_id"
                + " and d2.decided_on <= ?) group by d.decision", from, end, end));
        Map<String, Long> responses = countBy("select response, count(*) from rapid_review_response"
                + " where responded_on >= ? and responded_on <= ? group by response", from, end);
        long agreed = responses.getOrDefault("AGREED", 0L);
        long disagreed = responses.getOrDefault("DISAGREED", 0L);
        return new YearlyReport.RapidReviews(total, sum(submitted), submitted.getOrDefault("ON_TIME", 0L),
                submitted.getOrDefault("LATE", 0L), resubmitted, notYetSubmitted, notRequired, decisions, agreed, disagreed,
                responses.getOrDefault("NATIONAL_REVIEW", 0L), responses.getOrDefault("MORE_INFORMATION_REQUESTED", 0L),
                agreed + disagreed == 0 ? null : Math.round(1000.0 * agreed / (agreed + disagreed)) / 1000.0);
    }

    private YearlyReport.PracticeReviews practiceReviews(LocalDate from, LocalDate end) {
        String own = " and kind <> '" + PracticeReviewKind.NATIONAL_REVIEW.name() + "'";
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (PracticeReviewKind kind : PracticeReviewKind.values()) {
            if (kind != PracticeReviewKind.NATIONAL_REVIEW) {
                byKind.put(kind.name(), 0L);
            }
        }
        byKind.putAll(countBy("select kind, count(*) from practice_review where decided_on >= ? and decided_on <= ?" + own
                + " group by kind", from, end));
        Map<String, Long> published = countBy("select k, count(*) from (select case when publication_due_on is null then 'NOT_DUE'"
                + " when published_on <= publication_due_on then 'ON_TIME'"
                + " when delay_recorded_on is not null and delay_recorded_on <= publication_due_on then 'LATE_WITH_REASON'"
                + " else 'LATE_WITHOUT_REASON' end k"
                + " from practice_review where published_on >= ? and published_on <= ?" + own + ") x group by k", from, end);
        long withheld = count("select count(*) from practice_review where withheld_on >= ? and withheld_on <= ?" + own, from, end);
        long active = count("select count(*) from practice_review where decided_on <= ? and (published_on is null or published_on > ?)"
                + own, end, end);
        long national = count("select count(*) from practice_review where decided_on >= ? and decided_on <= ? and kind = ?",
                from, end, PracticeReviewKind.NATIONAL_REVIEW.name());
        return new YearlyReport.PracticeReviews(sum(byKind), byKind, sum(published), published.getOrDefault("ON_TIME", 0L),
                published.getOrDefault("LATE_WITH_REASON", 0L), published.getOrDefault("LATE_WITHOUT_REASON", 0L), withheld, active,
                national, reviews(from, end));
    }

    /** Every review active at any time in the year, by date of decision, as at year end. */
    private List<YearlyReport.Review> reviews(LocalDate from, LocalDate end) {
        List<String> ids = jdbc.queryForList("select id from practice_review where decided_on <= ? and (published_on is null"
                + " or published_on >= ?) order by decided_on, reference, id", String.class, end, from);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, long[]> recommendations = new HashMap<>();
        List<Object> args = new ArrayList<>(List.of(end, end, end));
        args.addAll(ids);
        jdbc.query("select r.source_id, count(*), sum(case when p.status = 'CLOSED' then 1 else 0 end) from recommendation r"
                + " left join recommendation_period p on p.recommendation_id = r.id and p.from_on <= ? and p.to_on > ?"
                + " where r.made_on <= ? and r.source_id in (" + marks(ids.size()) + ") group by r.source_id", rs -> {
            recommendations.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)});
        }, args.toArray());
        return practiceReviewQueries.views(ids, end).stream().map(view -> {
            long[] counts = recommendations.getOrDefault(view.id(), new long[2]);
            List<PracticeReviewView.Publication> publications = view.publications();
            return new YearlyReport.Review(view.id(), view.reference(), view.kind().name(), view.title(), view.status().name(),
                    view.decidedOn(), view.publication() == null ? null : view.publication().publishedOn(),
                    publications.isEmpty() ? null : publications.get(publications.size() - 1).url(), view.themes(), counts[0], counts[1]);
        }).toList();
    }

    /** The number of recommendations open at year end, and of those made more than 12 months before it. */
    private long[] openRecommendations(LocalDate end) {
        List<Object> args = new ArrayList<>();
        String periods = ActivePeriods.containing("recommendation_open_period", "recommendation_id", end, "", List.of(), false, args);
        long open = count("select count(*) from " + periods + " p", args.toArray());
        args.add(end.minusMonths(12));
        long longer = count("select count(*) from " + periods + " p join recommendation r on r.id = p.recommendation_id"
                + " where r.made_on < ?", args.toArray());
        return new long[]{open, longer};
    }

    /** The recommendations' figures but those at the year's end, which {@link #openRecommendations} counts, and the record. */
    private YearlyReport.Recommendations recommendations(LocalDate from, LocalDate end) {
        long made = count("select count(*) from recommendation where made_on >= ? and made_on <= ?", from, end);
        Map<String, Long> responses = new LinkedHashMap<>();
        jdbc.query("select accepted, count(*) from recommendation where responded_on >= ? and responded_on <= ? group by accepted",
                rs -> {
                    responses.put(rs.getBoolean(1) ? "ACCEPTED" : "DECLINED", rs.getLong(2));
                }, from, end);
        long closed = count("select count(distinct subject_id) from dated_fact where kind = ? and on_date >= ? and on_date <= ?",
                DatedFactRow.CLOSURE, from, end);
        Map<String, Long> byTheme = new TreeMap<>(countBy("select theme, count(*) from recommendation_theme"
                + " where made_on >= ? and made_on <= ? group by theme", from, end));
        return new YearlyReport.Recommendations(made, responses.getOrDefault("ACCEPTED", 0L), responses.getOrDefault("DECLINED", 0L),
                closed, datedFacts(DatedFactRow.REOPENING, from, end), 0, 0, byTheme, 0, 0, 0, null);
    }

    /** A page of the record, and how many recommendations the whole record holds. */
    private record Record(List<YearlyReport.RecordEntry> entries, long total) {
    }

    /** A recommendation of the record, with what orders it: its source's reference and its number. */
    private record Placed(String id, String sourceReference, String number) {
    }

    /** The record's order: by source reference, then number (2 before 10), then id. */
    private static final Comparator<Placed> RECORD_ORDER = Comparator.comparing(Placed::sourceReference, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(placed -> placed.number().length()).thenComparing(Placed::number).thenComparing(Placed::id);

    /**
     * A page of the record: the recommendations open at any time in the year (made and neither closed nor declined on some
     * day of it), by source reference and number, each as at year end. One pass over the year's open periods gives both the
     * page (ordered here rather than by the database: a national year holds tens of thousands) and the record's total.
     */
    private Record record(LocalDate from, LocalDate end, int page, int size) {
        List<String> order = recordOrder(from, end);
        int first = (int) Math.min(order.size(), (long) page * size);
        return new Record(entries(order.subList(first, (int) Math.min(order.size(), (long) first + size)), from, end), order.size());
    }

    /**
     * The whole record of the year, in order, a page of {@code size} entries at a time: what the record's CSV streams. The
     * order is found once, and each page's recommendations are folded as the page is reached.
     */
    public void eachRecordPage(int year, LocalDate asOf, int size, Consumer<List<YearlyReport.RecordEntry>> page) {
        ReportingYear reportingYear = new ReportingYear(year);
        LocalDate end = asOf.isBefore(reportingYear.to()) ? asOf : reportingYear.to();
        List<String> order = recordOrder(reportingYear.from(), end);
        for (int first = 0; first < order.size(); first += size) {
            page.accept(entries(order.subList(first, Math.min(order.size(), first + size)), reportingYear.from(), end));
        }
    }

    /** The ids of the record's recommendations in the record's order. */
    private List<String> recordOrder(LocalDate from, LocalDate end) {
        List<Object> args = new ArrayList<>();
        String open = ActivePeriods.overlapping("recommendation_open_period", "recommendation_id", from, end, args);
        List<Placed> record = new ArrayList<>(jdbc.query("select r.id, coalesce(p.reference, rr.reference), r.number"
                + " from (select distinct recommendation_id from " + open + " o) o"
                + " join recommendation r on r.id = o.recommendation_id left join practice_review p on p.id = r.source_id"
                + " left join rapid_review rr on rr.id = r.source_id",
                (rs, row) -> new Placed(rs.getString(1), rs.getString(2), rs.getString(3)), args.toArray()));
        record.sort(RECORD_ORDER);
        return record.stream().map(Placed::id).toList();
    }

    /** The record's entries of these recommendations, each as at {@code end}, in the order of the ids. */
    private List<YearlyReport.RecordEntry> entries(List<String> ids, LocalDate from, LocalDate end) {
        List<RecommendationView> views = recommendationQueries.views(ids, end);
        Map<String, String> kinds = sourceKinds(views.stream().map(RecommendationView::sourceId).distinct().toList());
        return views.stream().map(view -> entry(view, kinds.get(view.sourceId()), from, end)).toList();
    }

    private static YearlyReport.RecordEntry entry(RecommendationView view, String sourceKind, LocalDate from, LocalDate end) {
        RecommendationView.Response response = view.response();
        RecommendationView.Closure closure = view.closure();
        return new YearlyReport.RecordEntry(view.id(), view.sourceReference(), sourceKind, view.number(), view.text(),
                response == null ? null : response.accepted() ? "ACCEPTED" : "DECLINED", response == null ? null : response.respondedOn(),
                Math.max(0, view.responses().size() - 1), view.status().name(), closure == null ? null : closure.closedOn(),
                closure == null ? null : closure.impactStatement(),
                view.actions().stream().map(a -> new YearlyReport.RecordAction(a.actionId(), a.description(), a.agency(), a.owner(),
                        a.status().name(), a.dueOn(), a.originalDueOn(), a.completedOn(), a.dueDateRevisions().size())).toList(),
                view.impactReviews().stream().filter(r -> inYear(r.reviewedOn(), from, end))
                        .map(r -> new YearlyReport.ImpactReview(r.reviewedOn(), r.finding(), r.embedded())).toList());
    }

    /**
     * The impact statements of the recommendations closed in the year (reopened since or not) and the impact reviews of the
     * year, by date, a page of each (the record's page): each from its recommendation's domain state as at year end.
     */
    private YearlyReport.Impact impact(LocalDate from, LocalDate end, int page, int size) {
        long statementsTotal = datedFacts(DatedFactRow.CLOSURE, from, end);
        long reviewsTotal = datedFacts(DatedFactRow.IMPACT_REVIEW, from, end);
        List<Map.Entry<String, Integer>> closures = datedFactPage(DatedFactRow.CLOSURE, from, end, page, size);
        List<Map.Entry<String, Integer>> impactReviews = datedFactPage(DatedFactRow.IMPACT_REVIEW, from, end, page, size);
        Map<String, RecommendationState> states = new HashMap<>();
        java.util.stream.Stream.concat(closures.stream(), impactReviews.stream()).map(Map.Entry::getKey).distinct()
                .forEach(id -> recommendationQueries.history(id)
                        .map(history -> RecommendationState.of(history.effectiveAsOf(end)))
                        .ifPresent(state -> states.put(id, state)));
        Map<String, String> references = recommendationQueries.sourceReferences(states.values().stream()
                .map(RecommendationState::sourceId).distinct().toList());
        List<YearlyReport.ImpactStatement> statements = new ArrayList<>();
        for (Map.Entry<String, Integer> fact : closures) {
            RecommendationState state = states.get(fact.getKey());
            if (state != null && fact.getValue() < state.closures().size()) {
                RecommendationState.Closure closure = state.closures().get(fact.getValue());
                statements.add(new YearlyReport.ImpactStatement(state.recommendationId(), references.get(state.sourceId()),
                        state.number(), closure.closedOn(), closure.impactStatement()));
            }
        }
        List<YearlyReport.ImpactReviewOf> reviews = new ArrayList<>();
        for (Map.Entry<String, Integer> fact : impactReviews) {
            RecommendationState state = states.get(fact.getKey());
            if (state != null && fact.getValue() < state.impactReviews().size()) {
                RecommendationState.ImpactReview review = state.impactReviews().get(fact.getValue());
                reviews.add(new YearlyReport.ImpactReviewOf(state.recommendationId(), references.get(state.sourceId()),
                        state.number(), review.reviewedOn(), review.finding(), review.embedded()));
            }
        }
        return new YearlyReport.Impact(statementsTotal, reviewsTotal, statements, reviews);
    }

    /** A page of the facts of a kind dated in the year, by date: each its subject and its place among the subject's. */
    private List<Map.Entry<String, Integer>> datedFactPage(String kind, LocalDate from, LocalDate end, int page, int size) {
        return jdbc.query("select subject_id, seq from dated_fact where kind = ? and on_date >= ? and on_date <= ?"
                        + " order by on_date, subject_id, seq limit ? offset ?",
                (rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)), kind, from, end, size, (long) page * size);
    }

    /** The kind of each source: a practice review's kind, or RAPID_REVIEW. */
    private Map<String, String> sourceKinds(List<String> sourceIds) {
        Map<String, String> kinds = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return kinds;
        }
        sourceIds.forEach(id -> kinds.put(id, "RAPID_REVIEW"));
        jdbc.query("select id, kind from practice_review where id in (" + marks(sourceIds.size()) + ")", rs -> {
            kinds.put(rs.getString(1), rs.getString(2));
        }, sourceIds.toArray());
        return kinds;
    }

    private static boolean inYear(LocalDate date, LocalDate from, LocalDate end) {
        return date != null && !date.isBefore(from) && !date.isAfter(end);
    }

    private long datedFacts(String kind, LocalDate from, LocalDate end) {
        return count("select count(*) from dated_fact where kind = ? and on_date >= ? and on_date <= ?", kind, from, end);
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private YearlyReport.Actions actions(LocalDate from, LocalDate end) {
        long assigned = count("select count(*) from action where assigned_on >= ? and assigned_on <= ?", from, end);
        Map<String, Long> completed = countBy("select k, count(*) from (select case when completed_on > due_on then 'LATE'"
                + " else 'ON_TIME' end k from action where completed_on >= ? and completed_on <= ?) x group by k", from, end);
        long cancelled = count("select count(*) from action where cancelled_on >= ? and cancelled_on <= ?", from, end);
        List<Object> args = new ArrayList<>();
        String periods = ActivePeriods.containing("action_overdue_period", "agency", end, "", List.of(), false, args);
        Map<String, Long> overdueByAgency = new TreeMap<>(countBy("select agency, count(*) from " + periods
                + " ap group by agency", args.toArray()));
        return new YearlyReport.Actions(assigned, sum(completed), completed.getOrDefault("LATE", 0L), cancelled,
                datedFacts(DatedFactRow.DUE_DATE_REVISION, from, end), sum(overdueByAgency), overdueByAgency);
    }

    private long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    private Map<String, Long> countBy(String sql, Object... args) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        }, args);
        return counts;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
