package uk.org.casereview.projections.recommendation;

import uk.org.casereview.domain.calendar.MilestoneState;
import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.domain.recommendation.ActionAssigned;
import uk.org.casereview.domain.recommendation.ActionCancelled;
import uk.org.casereview.domain.recommendation.ActionReassigned;
import uk.org.casereview.domain.recommendation.ImpactReviewed;
import uk.org.casereview.domain.recommendation.RecommendationReopened;
import uk.org.casereview.domain.recommendation.ActionDueDateRevised;
import uk.org.casereview.domain.recommendation.ActionEvidenceAccepted;
import uk.org.casereview.domain.recommendation.ActionEvidenceReturned;
import uk.org.casereview.domain.recommendation.ActionEvidenced;
import uk.org.casereview.domain.recommendation.ActionProgressReported;
import uk.org.casereview.domain.recommendation.RecommendationAccepted;
import uk.org.casereview.domain.recommendation.RecommendationClosed;
import uk.org.casereview.domain.recommendation.RecommendationDeclined;
import uk.org.casereview.domain.recommendation.RecommendationEvent;
import uk.org.casereview.domain.recommendation.RecommendationMade;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.Labels;
import uk.org.casereview.projections.readmodel.Recorded;
import uk.org.casereview.projections.readmodel.Timeline;
import uk.org.casereview.projections.readmodel.TimelineEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A recommendation's timeline in plain words, with each action's due date interleaved and marked with its RAG. */
final class RecommendationTimeline {

    private RecommendationTimeline() {
    }

    static Timeline of(History<RecommendationEvent> history, RecommendationView view, LocalDate asOf, Labels labels, int amberDays) {
        List<TimelineEntry> facts = Timeline.facts(history, asOf, event -> describe(event, labels));
        List<TimelineEntry> dueDates = new ArrayList<>();
        for (RecommendationView.ActionView action : view.actions()) {
            String state = switch (action.rag()) {
                case COMPLETE -> "complete on " + action.completedOn();
                case CANCELLED -> "cancelled on " + action.cancellation().cancelledOn();
                case RED -> "overdue by " + action.daysOverdue() + " days";
                case AMBER -> "due within " + amberDays + " days";
                case GREEN -> "on track";
            };
            MilestoneState milestoneState = switch (action.rag()) {
                case COMPLETE -> action.completedOn().isAfter(action.dueOn()) ? MilestoneState.MISSED : MilestoneState.MET;
                case CANCELLED -> MilestoneState.NOT_REQUIRED;
                case RED -> MilestoneState.OVERDUE;
                default -> MilestoneState.DUE;
            };
            dueDates.add(new TimelineEntry(action.dueOn(), TimelineEntry.MILESTONE,
                    "Action " + action.actionId() + " (" + labels.agency(action.agency()) + ") due: " + state,
                    null, null, null, milestoneState, null, null));
        }
        return Timeline.of(view.id(), view.sourceReference() == null ? view.number() : view.sourceReference() + " recommendation "
                + view.number(), asOf, facts, dueDates);
    }

    private static String describe(RecommendationEvent event, Labels labels) {
        if (event instanceof RecommendationMade e) {
            return "Recommendation " + e.number() + " made: " + e.text();
        } else if (event instanceof RecommendationAccepted e) {
            return "Accepted by the partnership." + (e.rationale() == null ? "" : " " + e.rationale());
        } else if (event instanceof RecommendationDeclined e) {
            return "Declined by the partnership: " + e.rationale();
        } else if (event instanceof ActionAssigned e) {
            return "Action " + e.actionId() + " assigned to " + labels.agency(e.agency()) + " (" + e.owner() + "), due "
                    + e.dueOn() + ": " + e.description();
        } else if (event instanceof ActionProgressReported e) {
            return "Action " + e.actionId() + " progress: " + e.note();
        } else if (event instanceof ActionDueDateRevised e) {
            return "Action " + e.actionId() + " due date revised from " + e.previousDueOn() + " to " + e.dueOn() + ": " + e.reason();
        } else if (event instanceof ActionEvidenced e) {
            return "Action " + e.actionId() + " evidence submitted: " + e.summary();
        } else if (event instanceof ActionEvidenceAccepted e) {
            return "Action " + e.actionId() + " evidence accepted: the action is complete." + (e.comment() == null ? "" : " " + e.comment());
        } else if (event instanceof ActionEvidenceReturned e) {
            return "Action " + e.actionId() + " evidence returned: " + e.reason();
        } else if (event instanceof ActionCancelled e) {
            return "Action " + e.actionId() + " cancelled: " + e.reason();
        } else if (event instanceof ActionReassigned e) {
            return "Action " + e.actionId() + " reassigned to " + labels.agency(e.agency()) + " (" + e.owner() + "): " + e.reason();
        } else if (event instanceof RecommendationClosed e) {
            return "Recommendation closed. Impact: " + e.impactStatement() + (e.rationale() == null ? "" : " Closed with no action: " + e.rationale());
        } else if (event instanceof RecommendationReopened e) {
            return "Recommendation reopened: " + e.reason();
        } else if (event instanceof ImpactReviewed e) {
            return "Impact review: " + e.finding() + (e.embedded() ? " The change is embedded." : " The change is not yet embedded.");
        }
        return event.getClass().getSimpleName();
    }

}
