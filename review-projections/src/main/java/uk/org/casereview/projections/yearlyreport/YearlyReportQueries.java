package uk.org.casereview.projections.yearlyreport;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.rapidreview.RapidReviewDecision;
import uk.org.casereview.projections.learningthemes.LearningThemeQueries;
import uk.org.casereview.projections.learningthemes.LearningThemes;
import uk.org.casereview.projections.shared.ActivePeriods;
import uk.org.casereview.projections.shared.ReportingYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The yearly report's figures, each one query on the read models. The sections are independent, so they are asked for
 * at the same time, one thread per processor: a national history's report answers in the time of its slowest section
 * rather than of all of them.
 */
@Component
public class YearlyReportQueries implements DisposableBean {

    private final JdbcTemplate jdbc;
    private final LearningThemeQueries learningThemes;
    private final ExecutorService sections = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
            daemonThreads());

    public YearlyReportQueries(JdbcTemplate jdbc, LearningThemeQueries learningThemes) {
        this.jdbc = jdbc;
        this.learningThemes = learningThemes;
    }

    /** The report for the reporting year starting 1 April {@code year}, as of {@code asOf}. */
    public YearlyReport report(int year, LocalDate asOf) {
        ReportingYear reportingYear = new ReportingYear(year);
        LocalDate from = reportingYear.from();
        LocalDate end = asOf.isBefore(reportingYear.to()) ? asOf : reportingYear.to();
        CompletableFuture<Long> open = section(() -> openRecommendations(end));
        CompletableFuture<YearlyReport.Recommendations> recommendations = section(() -> recommendations(from, end))
                .thenCombine(open, YearlyReport.Recommendations::withOpenAtYearEnd);
        CompletableFuture<YearlyReport.Actions> actions = section(() -> actions(from, end));
        CompletableFuture<YearlyReport.RapidReviews> rapidReviews = section(() -> rapidReviews(from, end));
        CompletableFuture<YearlyReport.Notifications> notifications = section(() -> notifications(from, end));
        CompletableFuture<YearlyReport.PracticeReviews> practiceReviews = section(() -> practiceReviews(from, end));
        CompletableFuture<List<LearningThemes.RecurringTheme>> recurring = section(() -> learningThemes.recurring(end, reportingYear));
        return new YearlyReport(year, reportingYear.label(), from, reportingYear.to(), asOf, answer(notifications),
                answer(rapidReviews), answer(practiceReviews), answer(recommendations), answer(actions), answer(recurring));
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
        return new YearlyReport.Notifications(sum(byOutcome), byOutcome.getOrDefault("DIED", 0L),
                byOutcome.getOrDefault("SERIOUSLY_HARMED", 0L));
    }

    private YearlyReport.RapidReviews rapidReviews(LocalDate from, LocalDate end) {
        Map<String, Long> submission = countBy("select k, count(*) from (select case when (r.first_submitted_on is null"
                + " or r.first_submitted_on > ?) and r.not_required_on <= ? then 'NOT_REQUIRED' when r.first_submitted_on is null"
                + " or r.first_submitted_on > ? then 'NOT_YET' when r.first_submitted_on <= m.due_on then 'ON_TIME' else 'LATE' end k"
                + " from rapid_review r join milestone m on m.review_id = r.id and m.milestone = 'RAPID_REVIEW'"
                + " where r.notified_on >= ? and r.notified_on <= ?) x group by k", end, end, end, from, end);
        Map<String, Long> decisions = new LinkedHashMap<>();
        for (RapidReviewDecision decision : RapidReviewDecision.values()) {
            decisions.put(decision.name(), 0L);
        }
        decisions.putAll(countBy("select d.decision, count(*) from rapid_review_decision d join rapid_review r on r.id = d.rapid_review_id"
                + " where r.notified_on >= ? and r.notified_on <= ? and d.seq = (select max(d2.seq) from rapid_review_decision d2"
                + " where d2.rapid_review_id = d.rapid_review_id and d2.decided_on <= ?) group by d.decision", from, end, end));
        Map<String, Long> responses = countBy("select response, count(*) from rapid_review_response"
                + " where responded_on >= ? and responded_on <= ? group by response", from, end);
        long agreed = responses.getOrDefault("AGREED", 0L);
        long disagreed = responses.getOrDefault("DISAGREED", 0L);
        return new YearlyReport.RapidReviews(sum(submission), submission.getOrDefault("ON_TIME", 0L),
                submission.getOrDefault("LATE", 0L), submission.getOrDefault("NOT_YET", 0L), submission.getOrDefault("NOT_REQUIRED", 0L),
                decisions, agreed, disagreed,
                responses.getOrDefault("NATIONAL_REVIEW", 0L),
                agreed + disagreed == 0 ? null : Math.round(1000.0 * agreed / (agreed + disagreed)) / 1000.0);
    }

    private YearlyReport.PracticeReviews practiceReviews(LocalDate from, LocalDate end) {
        long commissioned = count("select count(*) from practice_review where decided_on >= ? and decided_on <= ?", from, end);
        Map<String, Long> published = countBy("select k, count(*) from (select case when publication_due_on is null then 'NOT_DUE'"
                + " when published_on <= publication_due_on then 'ON_TIME'"
                + " when delay_recorded_on is not null and delay_recorded_on <= publication_due_on then 'LATE_WITH_REASON'"
                + " else 'LATE_WITHOUT_REASON' end k"
                + " from practice_review where published_on >= ? and published_on <= ?) x group by k", from, end);
        long withheld = count("select count(*) from practice_review where withheld_on >= ? and withheld_on <= ?", from, end);
        long active = count("select count(*) from practice_review where decided_on <= ? and (published_on is null or published_on > ?)",
                end, end);
        return new YearlyReport.PracticeReviews(commissioned, sum(published), published.getOrDefault("ON_TIME", 0L),
                published.getOrDefault("LATE_WITH_REASON", 0L), published.getOrDefault("LATE_WITHOUT_REASON", 0L), withheld, active);
    }

    /**
     * Recommendations made and neither closed nor declined on the date. (Counting an indexed column, not the id, lets the
     * index answer without reading the rows.)
     */
    private long openRecommendations(LocalDate end) {
        List<Object> args = new ArrayList<>();
        String periods = ActivePeriods.containing("recommendation_open_period", "from_on", end, "", List.of(), false, args);
        return count("select count(*) from " + periods + " p", args.toArray());
    }

    /** The recommendations' figures but the number open at the end, which {@link #openRecommendations} counts. */
    private YearlyReport.Recommendations recommendations(LocalDate from, LocalDate end) {
        long made = count("select count(*) from recommendation where made_on >= ? and made_on <= ?", from, end);
        Map<String, Long> responses = new LinkedHashMap<>();
        jdbc.query("select accepted, count(*) from recommendation where responded_on >= ? and responded_on <= ? group by accepted",
                rs -> {
                    responses.put(rs.getBoolean(1) ? "ACCEPTED" : "DECLINED", rs.getLong(2));
                }, from, end);
        long closed = count("select count(*) from recommendation where closed_on >= ? and closed_on <= ?", from, end);
        Map<String, Long> byTheme = new TreeMap<>(countBy("select theme, count(*) from recommendation_theme"
                + " where made_on >= ? and made_on <= ? group by theme", from, end));
        return new YearlyReport.Recommendations(made, responses.getOrDefault("ACCEPTED", 0L), responses.getOrDefault("DECLINED", 0L),
                closed, 0, byTheme);
    }

    private YearlyReport.Actions actions(LocalDate from, LocalDate end) {
        long completed = count("select count(*) from action where completed_on >= ? and completed_on <= ?", from, end);
        List<Object> args = new ArrayList<>();
        String periods = ActivePeriods.containing("action_overdue_period", "agency", end, "", List.of(), false, args);
        Map<String, Long> overdueByAgency = new TreeMap<>(countBy("select agency, count(*) from " + periods
                + " ap group by agency", args.toArray()));
        return new YearlyReport.Actions(completed, sum(overdueByAgency), overdueByAgency);
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
