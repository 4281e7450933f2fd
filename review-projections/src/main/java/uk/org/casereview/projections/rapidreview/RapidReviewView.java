package uk.org.casereview.projections.rapidreview;

import uk.org.casereview.domain.rapidreview.HarmCategory;
import uk.org.casereview.domain.rapidreview.Outcome;
import uk.org.casereview.domain.rapidreview.PanelResponse;
import uk.org.casereview.domain.rapidreview.RapidReviewDecision;
import uk.org.casereview.projections.shared.MilestoneView;

import java.time.LocalDate;
import java.util.List;

/** A rapid review as of a date, with its statutory milestones. */
public record RapidReviewView(
        String id,
        String reference,
        RapidReviewStatus status,
        List<String> children,
        Outcome outcome,
        LocalDate awareOn,
        LocalDate notifiedOn,
        List<HarmCategory> harmCategories,
        List<String> themes,
        List<Meeting> meetings,
        Decision decision,
        List<Decision> earlierDecisions,
        List<LocalDate> submissions,
        List<Response> panelResponses,
        List<MilestoneView> milestones,
        LocalDate asOf,
        long version) {

    public record Meeting(LocalDate heldOn, List<String> agencies) {
    }

    public record Decision(LocalDate decidedOn, RapidReviewDecision decision, String rationale) {
    }

    public record Response(LocalDate respondedOn, PanelResponse response, String comments) {
    }
}
