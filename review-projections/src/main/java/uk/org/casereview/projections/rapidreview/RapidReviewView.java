package uk.org.casereview.projections.rapidreview;

import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneDates;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.rapidreview.HarmCategory;
import uk.org.casereview.domain.rapidreview.NotRequiredBasis;
import uk.org.casereview.domain.rapidreview.Outcome;
import uk.org.casereview.domain.rapidreview.PanelResponse;
import uk.org.casereview.domain.rapidreview.RapidReviewDecision;
import uk.org.casereview.domain.rapidreview.RapidReviewEvent;
import uk.org.casereview.domain.rapidreview.RapidReviewState;
import uk.org.casereview.domain.rapidreview.RapidReviewStatus;
import uk.org.casereview.domain.rapidreview.SeriousIncidentNotified;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.MilestoneView;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A rapid review as of a date, with its statutory milestones: its domain state ({@link RapidReviewState}) in the API's words. */
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
        NotRequired notRequired,
        List<MilestoneView> milestones,
        LocalDate asOf,
        long version) {

    public record Meeting(LocalDate heldOn, List<String> agencies) {
    }

    public record Decision(LocalDate decidedOn, RapidReviewDecision decision, String rationale) {
    }

    public record Response(LocalDate respondedOn, PanelResponse response, String comments) {
    }

    public record NotRequired(LocalDate decidedOn, NotRequiredBasis basis, String reason) {
    }

    /** The rapid review as its effective facts dated on or before {@code asOf} leave it; empty before the notification. */
    static Optional<RapidReviewView> of(History<RapidReviewEvent> history, LocalDate asOf, StatutoryClock clock) {
        List<RapidReviewEvent> events = history.effectiveAsOf(asOf);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(of(RapidReviewState.of(events), asOf, clock, history.version()));
    }

    static RapidReviewView of(RapidReviewState state, LocalDate asOf, StatutoryClock clock, long version) {
        SeriousIncidentNotified n = state.notification();
        List<Decision> decisions = state.decisions().stream().map(d -> new Decision(d.decidedOn(), d.decision(), d.rationale())).toList();
        Decision decision = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
        List<Decision> earlier = decisions.isEmpty() ? List.of() : decisions.subList(0, decisions.size() - 1);
        RapidReviewState.NotRequired notRequired = state.notRequired();
        return new RapidReviewView(n.rapidReviewId(), n.reference(), state.status(), n.children(), n.outcome(), n.awareOn(),
                n.notifiedOn(), n.harmCategories(), n.themes(),
                state.meetings().stream().map(m -> new Meeting(m.heldOn(), m.agencies())).toList(), decision, earlier,
                state.submissions(), state.responses().stream().map(r -> new Response(r.respondedOn(), r.response(), r.comments())).toList(),
                notRequired == null ? null : new NotRequired(notRequired.decidedOn(), notRequired.basis(), notRequired.reason()),
                milestones(state.milestones(clock), asOf, notRequired), asOf, version);
    }

    private static List<MilestoneView> milestones(List<MilestoneDates> milestones, LocalDate asOf, RapidReviewState.NotRequired notRequired) {
        return milestones.stream().map(m -> MilestoneView.of(m, asOf, note(m, notRequired))).toList();
    }

    private static String note(MilestoneDates milestone, RapidReviewState.NotRequired notRequired) {
        if (notRequired != null && milestone.name() != Milestone.NOTIFICATION) {
            return "rapid review found not required on " + notRequired.decidedOn() + ": " + notRequired.reason();
        }
        return milestone.name() == Milestone.PANEL_RESPONSE ? "informational: the National Panel has no statutory response time" : null;
    }
}
