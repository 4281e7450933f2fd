package uk.org.casereview.projections.rapidreview;

import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.rapidreview.NationalPanelResponded;
import uk.org.casereview.domain.rapidreview.RapidReviewDecisionRecorded;
import uk.org.casereview.domain.rapidreview.RapidReviewEvent;
import uk.org.casereview.projections.shared.DerivedRow;
import uk.org.casereview.projections.shared.History;
import uk.org.casereview.projections.shared.MilestoneRow;
import uk.org.casereview.projections.shared.MilestoneView;
import uk.org.casereview.projections.shared.ReadModels;
import uk.org.casereview.projections.shared.Recorded;
import uk.org.casereview.projections.shared.ReviewThemeRow;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rows a rapid review's history stands for: the rapid review, its decisions, the Panel's responses, themes, milestones. */
final class RapidReviewRows {

    private RapidReviewRows() {
    }

    static Set<DerivedRow> derive(History<RapidReviewEvent> history, StatutoryClock clock) {
        Set<DerivedRow> rows = new HashSet<>();
        RapidReviewView view = RapidReviewFold.view(history, ReadModels.OPEN_END.minusDays(1), clock).orElse(null);
        if (view == null) {
            return rows;
        }
        LocalDate firstSubmission = view.submissions().isEmpty() ? null : view.submissions().get(0);
        rows.add(new RapidReviewRow(view.id(), view.reference(), view.awareOn(), view.notifiedOn(), view.outcome().name(),
                firstSubmission, history.lastFactOn()));
        for (Recorded<RapidReviewEvent> recorded : history.entries()) {
            if (recorded.event() instanceof RapidReviewDecisionRecorded e) {
                rows.add(new DecisionRow(view.id(), recorded.seq(), e.decidedOn(), e.decision().name()));
            } else if (recorded.event() instanceof NationalPanelResponded e) {
                rows.add(new ResponseRow(view.id(), recorded.seq(), e.respondedOn(), e.response().name()));
            }
        }
        for (String theme : view.themes()) {
            rows.add(new ReviewThemeRow(view.id(), theme, ReviewThemeRow.RAPID_REVIEW, view.reference(), view.notifiedOn()));
        }
        for (MilestoneView milestone : view.milestones()) {
            rows.add(MilestoneRow.of(view.id(), ReviewThemeRow.RAPID_REVIEW, view.reference(), milestone));
        }
        return rows;
    }

    record RapidReviewRow(String id, String reference, LocalDate awareOn, LocalDate notifiedOn, String outcome,
                          LocalDate firstSubmittedOn, LocalDate lastFactOn) implements DerivedRow {
        @Override
        public String table() {
            return "rapid_review";
        }

        @Override
        public List<String> key() {
            return List.of("id");
        }
    }

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
