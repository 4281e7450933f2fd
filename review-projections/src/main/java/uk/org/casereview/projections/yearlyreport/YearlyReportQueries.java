package uk.org.casereview.projections.yearlyreport;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.rapidreview.RapidReviewDecision;
import uk.org.casereview.projections.learningthemes.LearningThemeQueries;
import uk.org.casereview.projections.shared.ActivePeriods;
import uk.org.casereview.projections.shared.ReportingYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The yearly report's figures, each one query on the read models. */
@Component
public class YearlyReportQueries {

    private final JdbcTemplate jdbc;
    private final LearningThemeQueries learningThemes;

    public YearlyReportQueries(JdbcTemplate jdbc, LearningThemeQueries learningThemes) {
        this.jdbc = jdbc;
        this.learningThemes = learningThemes;
    }

    /** The report for the reporting year starting 1 April {@code year}, as of {@code asOf}. */
    public YearlyReport report(int year, LocalDate asOf) {
        ReportingYear reportingYear = new ReportingYear(year);
        LocalDate from = reportingYear.from();
        LocalDate end = asOf.isBefore(reportingYear.to()) ? asOf : reportingYear.to();
        return new YearlyReport(year, reportingYear.label(), from, reportingYear.to(), asOf,
                notifications(from, end), rapidReviews(from, end), practiceReviews(from, end), recommendations(from, end),
                actions(from, end), learningThemes.recurring(end, reportingYear));
    }

    private YearlyReport.Notifications notifications(LocalDate from, LocalDate end) {
        Map<String, Long> byOutcome = countBy("select outcome, count(*) from rapid_review where notified_on >= ? and notified_on <= ?"
                + " group by outcome", from, end);
        return new YearlyReport.Notifications(sum(byOutcome), byOutcome.getOrDefault("DIED", 0L),
                byOutcome.getOrDefault("SERIOUSLY_HARMED", 0L));
    }

    private YearlyReport.RapidReviews rapidReviews(LocalDate from, LocalDate end) {
        Map<String, Long> submission = countBy("select k, count(*) from (select case when r.first_submitted_on is null"
                + " or r.first_submitted_on > ? then 'NOT_YET' when r.first_submitted_on <= m.due_on then 'ON_TIME' else 'LATE' end k"
                + " from rapid_review r join milestone m on m.review_id = r.id and m.milestone = 'RAPID_REVIEW'"
                + " where r.notified_on >= ? and r.notified_on <= ?) x group by k", end, from, end);
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
                submission.getOrDefault("LATE", 0L), submission.getOrDefault("NOT_YET", 0L), decisions, agreed, disagreed,
                responses.getOrDefault("NATIONAL_REVIEW", 0L),
                agreed + disagreed == 0 ? null : Math.round(1000.0 * agreed / (agreed + disagreed)) / 1000.0);
    }

    private YearlyReport.PracticeReviews practiceReviews(LocalDate from, LocalDate end) {
        long commissioned = count("select count(*) from practice_review where decided_on >= ? and decided_on <= ?", from, end);
        Map<String, Long> published = countBy("select k, count(*) from (select case when publication_due_on is not null"
                + " and (published_on <= publication_due_on or (delay_recorded_on is not null and delay_recorded_on <= published_on"
                + " and (delay_expected_on is null or published_on <= delay_expected_on))) then 'ON_TIME' else 'OTHER' end k"
                + " from practice_review where published_on >= ? and published_on <= ?) x group by k", from, end);
        long withheld = count("select count(*) from practice_review where withheld_on >= ? and withheld_on <= ?", from, end);
        long active = count("select count(*) from practice_review where decided_on <= ? and (published_on is null or published_on > ?)"
                + " and (withheld_on is null or withheld_on > ?)", end, end, end);
        return new YearlyReport.PracticeReviews(commissioned, sum(published), published.getOrDefault("ON_TIME", 0L), withheld, active);
    }

    private YearlyReport.Recommendations recommendations(LocalDate from, LocalDate end) {
        long made = count("select count(*) from recommendation where made_on >= ? and made_on <= ?", from, end);
        Map<String, Long> responses = new LinkedHashMap<>();
        jdbc.query("select accepted, count(*) from recommendation where responded_on >= ? and responded_on <= ? group by accepted",
                rs -> {
                    responses.put(rs.getBoolean(1) ? "ACCEPTED" : "DECLINED", rs.getLong(2));
                }, from, end);
        long closed = count("select count(*) from recommendation where closed_on >= ? and closed_on <= ?", from, end);
        List<Object> args = new ArrayList<>();
        String periods = ActivePeriods.containing("recommendation_period", "status", end,
                " and status in ('MADE', 'ACCEPTED', 'IN_PROGRESS', 'ACTIONS_COMPLETE')", List.of(), false, args);
        long open = count("select count(*) from " + periods + " p", args.toArray());
        Map<String, Long> byTheme = new TreeMap<>(countBy("select theme, count(*) from recommendation_theme"
                + " where made_on >= ? and made_on <= ? group by theme", from, end));
        return new YearlyReport.Recommendations(made, responses.getOrDefault("ACCEPTED", 0L), responses.getOrDefault("DECLINED", 0L),
                closed, open, byTheme);
    }

    private YearlyReport.Actions actions(LocalDate from, LocalDate end) {
        long completed = count("select count(*) from action where completed_on >= ? and completed_on <= ?", from, end);
        List<Object> args = new ArrayList<>();
        String periods = ActivePeriods.containing("action_period", "agency, due_on", end, args);
        args.add(end);
        Map<String, Long> overdueByAgency = new TreeMap<>(countBy("select agency, count(*) from " + periods
                + " ap where ap.due_on < ? group by agency", args.toArray()));
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
