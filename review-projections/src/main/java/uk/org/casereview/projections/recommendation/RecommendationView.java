package uk.org.casereview.projections.recommendation;

import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.recommendation.ActionState;
import uk.org.casereview.domain.recommendation.ActionStatus;
import uk.org.casereview.domain.recommendation.RecommendationEvent;
import uk.org.casereview.domain.recommendation.RecommendationState;
import uk.org.casereview.domain.recommendation.RecommendationStatus;
import uk.org.casereview.projections.readmodel.History;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A recommendation as of a date with its actions: its domain state ({@link RecommendationState}) in the API's words.
 * {@code rag} is the worst RAG of its actions (RED, AMBER, GREEN, COMPLETE, then CANCELLED), null before any action is
 * assigned. {@code response} is the response that counts (the latest); {@code responses} every one, revisions included.
 */
public record RecommendationView(
        String id,
        String sourceId,
        String sourceReference,
        String number,
        String text,
        List<String> themes,
        LocalDate madeOn,
        RecommendationStatus status,
        Rag rag,
        Response response,
        List<Response> responses,
        Closure closure,
        List<Reopening> reopenings,
        List<ImpactReview> impactReviews,
        List<ActionView> actions,
        LocalDate asOf,
        long version) {

    public record Response(LocalDate respondedOn, boolean accepted, String rationale) {
    }

    public record Closure(LocalDate closedOn, String impactStatement, String rationale) {
    }

    public record Reopening(LocalDate reopenedOn, String reason) {
    }

    public record ImpactReview(LocalDate reviewedOn, String finding, boolean embedded) {
    }

    public record ActionView(
            String actionId,
            String description,
            String agency,
            String owner,
            LocalDate assignedOn,
            LocalDate dueOn,
            LocalDate originalDueOn,
            ActionStatus status,
            Rag rag,
            long daysOverdue,
            LocalDate completedOn,
            Cancellation cancellation,
            List<Reassignment> reassignments,
            List<DueDateRevision> dueDateRevisions,
            List<Progress> progress,
            List<Evidence> evidence) {
    }

    public record Cancellation(LocalDate cancelledOn, String reason) {
    }

    public record Reassignment(LocalDate reassignedOn, String fromAgency, String fromOwner, String agency, String owner, String reason) {
    }

    public record DueDateRevision(LocalDate revisedOn, LocalDate previousDueOn, LocalDate dueOn, String reason) {
    }

    public record Progress(LocalDate reportedOn, String note) {
    }

    public record Evidence(LocalDate submittedOn, String summary, String link, LocalDate reviewedOn, Boolean accepted, String comment) {
    }

    /** The recommendation as its effective facts dated on or before {@code asOf} leave it; empty before it was made. */
    static Optional<RecommendationView> of(History<RecommendationEvent> history, LocalDate asOf, StatutoryClock clock, String sourceReference) {
        List<RecommendationEvent> events = history.effectiveAsOf(asOf);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(of(RecommendationState.of(events), asOf, clock, history.version(), sourceReference));
    }

    static RecommendationView of(RecommendationState state, LocalDate asOf, StatutoryClock clock, long version, String sourceReference) {
        List<Response> responses = state.responses().stream().map(r -> new Response(r.respondedOn(), r.accepted(), r.rationale())).toList();
        RecommendationState.Closure closure = state.closure();
        return new RecommendationView(state.recommendationId(), state.sourceId(), sourceReference, state.number(), state.text(),
                state.themes(), state.madeOn(), state.status(), state.worstRag(clock, asOf),
                responses.isEmpty() ? null : responses.get(responses.size() - 1), responses,
                closure == null ? null : new Closure(closure.closedOn(), closure.impactStatement(), closure.rationale()),
                state.reopenings().stream().map(r -> new Reopening(r.reopenedOn(), r.reason())).toList(),
                state.impactReviews().stream().map(r -> new ImpactReview(r.reviewedOn(), r.finding(), r.embedded())).toList(),
                state.actions().stream().map(a -> action(a, asOf, clock)).toList(), asOf, version);
    }

    private static ActionView action(ActionState a, LocalDate asOf, StatutoryClock clock) {
        Rag rag = a.rag(clock, asOf);
        long daysOverdue = rag == Rag.RED ? ChronoUnit.DAYS.between(a.dueOn(), asOf) : 0;
        return new ActionView(a.actionId(), a.description(), a.agency(), a.owner(), a.assignedOn(), a.dueOn(), a.originalDueOn(),
                a.status(), rag, daysOverdue, a.completedOn(),
                a.cancelledOn() == null ? null : new Cancellation(a.cancelledOn(), a.cancellationReason()),
                a.reassignments().stream().map(r -> new Reassignment(r.reassignedOn(), r.fromAgency(), r.fromOwner(), r.agency(),
                        r.owner(), r.reason())).toList(),
                a.revisions().stream().map(r -> new DueDateRevision(r.revisedOn(), r.previousDueOn(), r.dueOn(), r.reason())).toList(),
                a.progress().stream().map(p -> new Progress(p.reportedOn(), p.note())).toList(),
                a.evidence().stream().map(e -> new Evidence(e.submittedOn(), e.summary(), e.link(), e.reviewedOn(), e.accepted(),
                        e.comment())).toList());
    }
}
