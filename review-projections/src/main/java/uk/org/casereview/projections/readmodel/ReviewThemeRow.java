package uk.org.casereview.projections.readmodel;

import java.time.LocalDate;
import java.util.List;

/** A learning theme of a rapid review or practice review, with the review's date (notification or decision). */
public record ReviewThemeRow(String reviewId, String theme, String reviewKind, String reference, LocalDate onDate) implements DerivedRow {

    public static final String RAPID_REVIEW = "RAPID_REVIEW";

    @Override
    public String table() {
        return "review_theme";
    }

    @Override
    public List<String> key() {
        return List.of("review_id", "theme");
    }

}
