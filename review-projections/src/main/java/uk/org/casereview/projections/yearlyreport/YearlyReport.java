package uk.org.casereview.projections.yearlyreport;

import uk.org.casereview.projections.learningthemes.LearningThemes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures a partnership publishes for a reporting year (1 April to 31 March): what it did on reviews and on
 * implementing recommendations. Counts of things that happened are those dated in the year up to {@code asOf}; states
 * "at year end" are as of the end of the year, or {@code asOf} when earlier.
 */
public record YearlyReport(
        int year,
        String label,
        LocalDate from,
        LocalDate to,
        LocalDate asOf,
        Notifications notifications,
        RapidReviews rapidReviews,
        PracticeReviews practiceReviews,
        Recommendations recommendations,
        Actions actions,
        List<LearningThemes.RecurringTheme> recurringThemes) {

    /** Serious incident notifications made in the year. */
    public record Notifications(long total, long died, long seriouslyHarmed) {
    }

    /**
     * Rapid reviews of the notifications made in the year: sent to the Panel within 15 working days, the decisions in
     * force, and the Panel's responses given in the year. {@code notRequired}: found not required (and never submitted) by
     * the end of the year; they are not counted as waiting to be submitted.
     */
    public record RapidReviews(long total, long submittedOnTime, long submittedLate, long notYetSubmitted, long notRequired,
                               Map<String, Long> decisions, long panelAgreed, long panelDisagreed, long panelNationalReview,
                               Double panelAgreementRate) {
    }

    /**
     * Practice reviews commissioned and published in the year. On time: by the statutory due date (6 months after the
     * decision), whatever delay was recorded; a late one counts with a reason recorded on or before the due date, or without.
     */
    public record PracticeReviews(long commissioned, long published, long publishedOnTime, long publishedLateWithReason,
                                  long publishedLateWithoutReason, long withheld, long activeAtYearEnd) {
    }

    public record Recommendations(long made, long accepted, long declined, long closed, long openAtYearEnd, Map<String, Long> byTheme) {
        Recommendations withOpenAtYearEnd(long open) {
            return new Recommendations(made, accepted, declined, closed, open, byTheme);
        }
    }

    public record Actions(long completed, long overdueAtYearEnd, Map<String, Long> overdueByAgency) {
    }
}
