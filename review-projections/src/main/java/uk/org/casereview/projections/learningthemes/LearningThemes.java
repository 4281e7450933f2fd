package uk.org.casereview.projections.learningthemes;

import java.time.LocalDate;
import java.util.List;

/**
 * Learning themes over a period as at a date (by default its last day): per theme, the reviews that carry it (notified
 * or commissioned in the period) and the recommendations made in the period, with how many are open, overdue and
 * closed as at that date; and the themes that recur across reviews in different reporting years.
 */
public record LearningThemes(LocalDate from, LocalDate to, LocalDate asOf, List<Theme> themes, List<RecurringTheme> recurringThemes) {

    public record Theme(String theme, String label, List<Review> reviews, long recommendations, long open, long overdue, long closed) {
    }

    public record Review(String id, String reference, String kind, LocalDate on) {
    }

    /** A theme carried by reviews in more than one reporting year, up to the end of the period. */
    public record RecurringTheme(String theme, String label, List<String> years, long reviews) {
    }
}
