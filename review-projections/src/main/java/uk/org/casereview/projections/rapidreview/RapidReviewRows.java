package uk.org.casereview.projections.rapidreview;

import uk.org.casereview.domain.calendar.MilestoneDates;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.rapidreview.NationalPanelResponded;
import uk.org.casereview.domain.rapidreview.RapidReviewDecisionRecorded;
import uk.org.casereview.domain.rapidreview.RapidReviewEvent;
import uk.org.casereview.domain.rapidreview.RapidReviewState;
import uk.org.casereview.domain.rapidreview.SeriousIncidentNotified;
import uk.org.casereview.projections.readmodel.DatedFactRow;
import uk.org.casereview.projections.readmodel.DerivedRow;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.MilestoneRow;
import uk.org.casereview.projections.readmodel.Recorded;
import uk.org.casereview.projections.readmodel.ReviewThemeRow;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows a rapid review's effective history stands for: the rapid review, its decisions, the Panel's responses, its
 * submissions, themes, milestones.
 */
final class RapidReviewRows {

    private RapidReviewRows() {
    }

    static Set<DerivedRow> derive(History<RapidReviewEvent> history, StatutoryClock clock) {
        Set<DerivedRow> rows = new HashSet<>();
        List<Recorded<RapidReviewEvent>> facts = history.effective();
        if (facts.isEmpty()) {
            return rows;
        }
        RapidReviewState state = RapidReviewState.of(history.effectiveEvents());
        SeriousIncidentNotified n = state.notification();
        rows.add(new RapidReviewRow(n.rapidReviewId(), n.reference(), n.awareOn(), n.notifiedOn(), n.outcome().name(),
                state.submissions().isEmpty() ? null : state.submissions().get(0), state.latestSubmission(),
                state.submissions().size(), state.notRequired() == null ? null : state.notRequired().decidedOn(),
                state.status().name(), history.lastFactOn()));
        int order = 0;
        for (Recorded<RapidReviewEvent> recorded : facts) {
            if (recorded.event() instanceof RapidReviewDecisionRecorded e) {
                rows.add(new DecisionRow(n.rapidReviewId(), order++, e.decidedOn(), e.decision().name()));
            } else if (recorded.event() instanceof NationalPanelResponded e) {
                rows.add(new ResponseRow(n.rapidReviewId(), order++, e.respondedOn(), e.response().name()));
            }
        }
        List<LocalDate> submissions = state.submissions();
        for (int i = 0; i < submissions.size(); i++) {
            rows.add(new DatedFactRow(n.rapidReviewId(), i == 0 ? DatedFactRow.FIRST_SUBMISSION : DatedFactRow.RESUBMISSION, i,
                    submissions.get(i)));
        }
        for (String theme : n.themes()) {
            rows.add(new ReviewThemeRow(n.rapidReviewId(), theme, ReviewThemeRow.RAPID_REVIEW, n.reference(), n.notifiedOn()));
        }
        for (MilestoneDates milestone : state.milestones(clock)) {
            rows.add(MilestoneRow.of(n.rapidReviewId(), ReviewThemeRow.RAPID_REVIEW, n.reference(), milestone));
        }
        return rows;
    }

    record RapidReviewRow(String id, String reference, LocalDate awareOn, LocalDate notifiedOn, String outcome,
                          LocalDate firstSubmittedOn, LocalDate lastSubmittedOn, int submissions, LocalDate notRequiredOn,
                          String status, LocalDate lastFactOn) implements DerivedRow {
        @Override
        public String table() {
            return "rapid_review";
        }

        @Override
        public List<String> key() {
            return List.of("id");
        }
    }

    /** A decision in business-date order ({@code seq}: its place among the rapid review's decisions and responses). */
    record DecisionRow(String rapidReviewId, long seq, LocalDate decidedOn, String decision) implements DerivedRow {
        @Override
        public String table() {
            return "rapid_review_decision";
        }

        @Override
        public List<String> key() {
            return List.of("rapid_review_id", "seq");
        }
    }

    record ResponseRow(String rapidReviewId, long seq, LocalDate respondedOn, String response) implements DerivedRow {
        @Override
        public String table() {
            return "rapid_review_response";
        }

        @Override
        public List<String> key() {
            return List.of("rapid_review_id", "seq");
        }
    }
}
