package uk.org.casereview.projections.yearlyreport;

import uk.org.casereview.projections.learningthemes.LearningThemes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures a partnership publishes for a reporting year (1 April to 31 March): what it did on reviews and on
 * implementing recommendations, with the record of what was decided and done on each recommendation and its impact
 * (SPEC 5a). Each fact counts in the year of its own date, up to {@code asOf}; states "at year end" are as of the end of
 * the year, or {@code asOf} when earlier.
 *
 * @param partnership             the partnership's name (configuration)
 * @param published               when and by whom the year's report was published (frozen), or null
 * @param changedSincePublication the facts recorded or corrected since the publication that change the year's figures
 */
public record YearlyReport(
        int year,
        String label,
        String partnership,
        LocalDate from,
        LocalDate to,
        LocalDate asOf,
        Notifications notifications,
        RapidReviews rapidReviews,
        PracticeReviews practiceReviews,
        Recommendations recommendations,
        Actions actions,
        Impact impact,
        List<LearningThemes.RecurringTheme> recurringThemes,
        Publication published,
        List<Change> changedSincePublication) {

    /** Serious incident notifications made in the year; on time: within 5 working days of becoming aware. */
    public record Notifications(long total, long died, long seriouslyHarmed, long notifiedOnTime, long notifiedLate) {
    }

    /**
     * Rapid reviews. {@code total} and {@code notYetSubmitted}: those of the notifications made in the year, and of them
     * those neither submitted nor found not required at year end. The rest are facts dated in the year, whatever year the
     * notification was in: first submissions to the Panel ({@code submitted}; on time within 15 working days of the
     * notification), resubmissions after the Panel asked for more information, rapid reviews found not required, the
     * decision of each rapid review decided in the year (the latest of the year), and the Panel's responses.
     */
    public record RapidReviews(long total, long submitted, long submittedOnTime, long submittedLate, long resubmitted,
                               long notYetSubmitted, long notRequired, Map<String, Long> decisions, long panelAgreed,
                               long panelDisagreed, long panelNationalReview, long panelMoreInformationRequested,
                               Double panelAgreementRate) {
    }

    /**
     * The partnership's own practice reviews (every kind but NATIONAL_REVIEW): commissioned in the year (and by kind),
     * published in the year (on time: by the statutory due date, whatever delay was recorded; a late one with a reason
     * recorded on or before the due date, or without), withheld in the year, active at year end. {@code nationalReviews}:
     * the Panel's national reviews recorded in the year for the partnership to respond to. {@code reviews}: every review
     * (national ones included) active at any time in the year.
     */
    public record PracticeReviews(long commissioned, Map<String, Long> commissionedByKind, long published, long publishedOnTime,
                                  long publishedLateWithReason, long publishedLateWithoutReason, long withheld,
                                  long activeAtYearEnd, long nationalReviews, List<Review> reviews) {
    }

    /** A review active in the year: not yet decided before the year ended, and not published before it began. */
    public record Review(String id, String reference, String kind, String title, String statusAtYearEnd, LocalDate decidedOn,
                         LocalDate publishedOn, String url, List<String> themes, long recommendations, long recommendationsClosed) {
    }

    /**
     * Recommendations: made, responded to, closed and reopened in the year, open at year end (and of those, made more than
     * 12 months before it). {@code record}: every recommendation open at any time in the year, as at year end, by source
     * and number; a JSON answer holds one page of it ({@code recordPage}, {@code recordSize}) of {@code recordTotal}.
     */
    public record Recommendations(long made, long accepted, long declined, long closed, long reopened, long openAtYearEnd,
                                  long openLongerThan12MonthsAtYearEnd, Map<String, Long> byTheme, long recordTotal,
                                  int recordPage, int recordSize, List<RecordEntry> record) {
    }

    /**
     * What was decided and done on one recommendation: its response (ACCEPTED or DECLINED, the latest; {@code
     * responseRevisions}: how many times it was revised), its status at year end, its actions, its impact statement and
     * the impact reviews of the year.
     */
    public record RecordEntry(String recommendationId, String sourceReference, String sourceKind, String number, String text,
                              String response, LocalDate respondedOn, int responseRevisions, String statusAtYearEnd,
                              LocalDate closedOn, String impactStatement, List<RecordAction> actions,
                              List<ImpactReview> impactReviews) {
    }

    public record RecordAction(String actionId, String description, String agency, String owner, String status, LocalDate dueOn,
                               LocalDate originalDueOn, LocalDate completedOn, int dueDateRevisions) {
    }

    public record ImpactReview(LocalDate reviewedOn, String finding, boolean embedded) {
    }

    /**
     * Actions assigned, completed (and of those, after their due date), cancelled and due dates revised in the year;
     * overdue at year end, by agency.
     */
    public record Actions(long assigned, long completed, long completedLate, long cancelled, long dueDateRevisions,
                          long overdueAtYearEnd, Map<String, Long> overdueByAgency) {
    }

    /**
     * The impact statements of the recommendations closed in the year, and the impact reviews of the year, by date: in a
     * JSON answer, the record's page of each, of {@code statementsTotal} and {@code reviewsTotal}.
     */
    public record Impact(long statementsTotal, long reviewsTotal, List<ImpactStatement> statements, List<ImpactReviewOf> reviews) {
    }

    public record ImpactStatement(String recommendationId, String sourceReference, String number, LocalDate closedOn,
                                  String impactStatement) {
    }

    public record ImpactReviewOf(String recommendationId, String sourceReference, String number, LocalDate reviewedOn,
                                 String finding, boolean embedded) {
    }

    /** The year's report as published: frozen on {@code publishedOn}, as of {@code asOf}, with the SHA-256 of its JSON. */
    public record Publication(Instant publishedAt, String by, LocalDate publishedOn, LocalDate asOf, String sha256) {
    }

    /**
     * A fact recorded or corrected after the publication, dated in the year (a correction: the fact it corrects or its
     * replacement), and the published figures of its part of the report that differ now.
     */
    public record Change(String fact, String subjectId, long sequence, LocalDate on, Instant recordedAt, String recordedBy,
                         List<FigureChange> changed) {
    }

    /** A figure (a JSON pointer into the report) as published and now. */
    public record FigureChange(String figure, String published, String now) {
    }

    YearlyReport withPublication(Publication published, List<Change> changes) {
        return new YearlyReport(year, label, partnership, from, to, asOf, notifications, rapidReviews, practiceReviews,
                recommendations, actions, impact, recurringThemes, published, changes);
    }
}
