package uk.org.casereview.projections.readmodel;

import java.time.LocalDate;
import java.util.List;

/**
 * One fact the yearly report counts in the year of its own date and that no other table keeps a row for: a rapid
 * review's submission to the Panel (the first, or a resubmission), a recommendation's closure (it may have been
 * reopened since) and reopening, an action's due-date
 * revision, an impact review. {@code seq}: its place among the subject's facts of that kind.
 */
public record DatedFactRow(String subjectId, String kind, int seq, LocalDate onDate) implements DerivedRow {

    public static final String TABLE = "dated_fact";
    public static final String FIRST_SUBMISSION = "FIRST_SUBMISSION";
    public static final String RESUBMISSION = "RESUBMISSION";
    public static final String CLOSURE = "CLOSURE";
    public static final String REOPENING = "REOPENING";
    public static final String DUE_DATE_REVISION = "DUE_DATE_REVISION";
    public static final String IMPACT_REVIEW = "IMPACT_REVIEW";

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public List<String> key() {
        return List.of("subject_id", "kind", "seq");
    }
}
