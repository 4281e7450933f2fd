package uk.org.casereview.domain.recommendation;

import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;
import uk.org.casereview.domain.commandhandling.NotFoundException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static uk.org.casereview.domain.commandhandling.Check.refuseUnless;

/**
 * A recommendation as its effective facts (in business-date order) leave it: the one fold that the aggregate decides
 * on and every view, list and report reads. {@link #evolve} is the fold's step; {@link #check} is the rule of evidence
 * for one more fact: whether it can follow the facts before it. A fact that cannot is refused with the reason, and when
 * the fact it needs is recorded but dated later, with the date at fault (400).
 */
public final class RecommendationState {

    public record Response(LocalDate respondedOn, boolean accepted, String rationale) {
    }

    public record Closure(LocalDate closedOn, String impactStatement, String rationale) {
    }

    public record Reopening(LocalDate reopenedOn, String reason) {
    }

    public record ImpactReview(LocalDate reviewedOn, String finding, boolean embedded) {
    }

    private RecommendationMade made;
    private final List<Response> responses = new ArrayList<>();
    private final List<Closure> closures = new ArrayList<>();
    private Closure closure;
    private final List<Reopening> reopenings = new ArrayList<>();
    private final List<ImpactReview> impactReviews = new ArrayList<>();
    private final Map<String, ActionState> actions = new LinkedHashMap<>();
    private boolean reopenedAwaitingAction;

    /** The state of a recommendation with these facts, in order. */
    public static RecommendationState of(List<RecommendationEvent> events) {
        RecommendationState state = new RecommendationState();
        events.forEach(state::evolve);
        return state;
    }

    /** The state of these facts, each checked against the facts before it; throws the first refusal. */
    public static RecommendationState checked(List<RecommendationEvent> events) {
        return checked(events, 0);
    }

    /**
     * The state of these facts, each from {@code from} on checked against the facts before it (the facts before
     * {@code from} are the record as it stands, which a later fact cannot change); throws the first refusal.
     */
    public static RecommendationState checked(List<RecommendationEvent> events, int from) {
        RecommendationState whole = of(events);
        RecommendationState state = new RecommendationState();
        for (int i = 0; i < events.size(); i++) {
            if (i >= from) {
                state.check(events.get(i), whole);
            }
            state.evolve(events.get(i));
        }
        return state;
    }

    /** The fold's step: the state after one more fact. Facts are taken as they are; {@link #check} decides what may be. */
    public RecommendationState evolve(RecommendationEvent event) {
        if (isOfAnAction(event) && !actions.containsKey(actionIdOf(event))) {
            return this; // dated before its action was assigned: it cannot have happened, and check says so
        }
        if (event instanceof RecommendationMade e) {
            made = e;
        } else if (event instanceof RecommendationAccepted e) {
            responses.add(new Response(e.respondedOn(), true, e.rationale()));
        } else if (event instanceof RecommendationDeclined e) {
            responses.add(new Response(e.respondedOn(), false, e.rationale()));
        } else if (event instanceof ActionAssigned e) {
            actions.put(e.actionId(), new ActionState(e));
            reopenedAwaitingAction = false;
        } else if (event instanceof ActionProgressReported e) {
            action(e.actionId()).progressReported(e);
        } else if (event instanceof ActionDueDateRevised e) {
            action(e.actionId()).dueDateRevised(e);
        } else if (event instanceof ActionEvidenced e) {
            action(e.actionId()).evidenced(e);
        } else if (event instanceof ActionEvidenceAccepted e) {
            action(e.actionId()).reviewed(e.reviewedOn(), true, e.comment());
        } else if (event instanceof ActionEvidenceReturned e) {
            action(e.actionId()).reviewed(e.reviewedOn(), false, e.reason());
        } else if (event instanceof ActionCancelled e) {
            action(e.actionId()).cancelled(e);
        } else if (event instanceof ActionReassigned e) {
            action(e.actionId()).reassigned(e);
        } else if (event instanceof RecommendationClosed e) {
            closure = new Closure(e.closedOn(), e.impactStatement(), e.rationale());
            closures.add(closure);
            reopenedAwaitingAction = false;
        } else if (event instanceof RecommendationReopened e) {
            closure = null;
            reopenings.add(new Reopening(e.reopenedOn(), e.reason()));
            reopenedAwaitingAction = true;
        } else if (event instanceof ImpactReviewed e) {
            impactReviews.add(new ImpactReview(e.reviewedOn(), e.finding(), e.embedded()));
        }
        return this;
    }

    /**
     * Refuses the fact when it cannot follow the facts before it (this state). {@code whole} is the state of every
     * effective fact, later ones included: when what the fact needs is there but dated after it, the date is at fault.
     */
    public void check(RecommendationEvent event, RecommendationState whole) {
        if (event instanceof RecommendationMade) {
            refuseUnless(made == null, "recommendation " + number() + " was already made");
            return;
        }
        if (event instanceof RecommendationFactCorrected) {
            return;
        }
        String field = dateField(event);
        LocalDate on = event.on();
        if (made == null) {
            throw new InvalidCommandException(field, field + " " + on + " is before the recommendation was made (" + whole.madeOn() + ")");
        }
        if (on.isBefore(made.madeOn())) {
            throw new InvalidCommandException(field, field + " " + on + " is before the recommendation was made (" + made.madeOn() + ")");
        }
        if (event instanceof RecommendationAccepted) {
            refuseUnlessOpen("it cannot be accepted");
            if (isAccepted()) {
                refuse("recommendation " + number() + " was already accepted on " + response().respondedOn());
            }
        } else if (event instanceof RecommendationDeclined) {
            refuseUnlessOpen("it cannot be declined");
            if (response() != null && !response().accepted()) {
                refuse("recommendation " + number() + " was already declined on " + response().respondedOn());
            }
            long open = actions.values().stream().filter(ActionState::isOpen).count();
            refuseUnless(open == 0, "recommendation " + number() + " cannot be declined: " + open + " of its actions "
                    + (open == 1 ? "is" : "are") + " still open; complete or cancel them first");
        } else if (event instanceof ActionAssigned e) {
            refuseUnlessOpen("an action cannot be assigned");
            if (!isAccepted()) {
                if (whole.isAccepted()) {
                    throw new InvalidCommandException(field, field + " " + on + " is before the recommendation was accepted ("
                            + whole.response().respondedOn() + ")");
                }
                if (response() != null) {
                    refuse("an action cannot be assigned: recommendation " + number() + " was declined on " + response().respondedOn());
                }
                refuse("an action cannot be assigned: recommendation " + number() + " has not been accepted");
            }
            refuseUnless(!actions.containsKey(e.actionId()), "recommendation " + number() + " already has an action " + e.actionId());
        } else if (event instanceof RecommendationClosed e) {
            checkClosure(e, whole);
        } else if (event instanceof RecommendationReopened) {
            refuseUnless(closure != null, "recommendation " + number() + " cannot be reopened: it is not closed");
        } else if (event instanceof ImpactReviewed) {
            if (closures.isEmpty()) {
                if (!whole.closures.isEmpty()) {
                    throw new InvalidCommandException(field, field + " " + on + " is before the recommendation was closed ("
                            + whole.closures.get(0).closedOn() + ")");
                }
                refuse("an impact review needs a closed recommendation: recommendation " + number() + " has not been closed");
            }
        } else {
            checkActionFact(event, field, whole);
        }
    }

    private void checkActionFact(RecommendationEvent event, String field, RecommendationState whole) {
        String actionId = actionIdOf(event);
        ActionState action = actions.get(actionId);
        if (action == null) {
            ActionState later = whole.actions.get(actionId);
            if (later == null) {
                throw new NotFoundException("recommendation " + number() + " has no action " + actionId);
            }
            throw new InvalidCommandException(field, field + " " + event.on() + " is before action " + actionId + " was assigned ("
                    + later.assignedOn() + ")");
        }
        String what = whatOf(event);
        if (event instanceof ActionEvidenceAccepted || event instanceof ActionEvidenceReturned) {
            if (action.status() != ActionStatus.EVIDENCE_SUBMITTED) {
                ActionState later = whole.actions.get(actionId);
                LocalDate submitted = later.evidence().stream().map(ActionState.Evidence::submittedOn)
                        .filter(d -> d.isAfter(event.on())).findFirst().orElse(null);
                if (submitted != null && action.isOpen()) {
                    throw new InvalidCommandException(field, field + " " + event.on() + " is before the evidence was submitted (" + submitted + ")");
                }
                refuse(what + ": action " + actionId + " has no evidence pending");
            }
            return;
        }
        if (action.status() == ActionStatus.COMPLETE) {
            refuse(what + ": action " + actionId + " was completed on " + action.completedOn());
        }
        if (action.status() == ActionStatus.CANCELLED) {
            refuse(what + ": action " + actionId + " was cancelled on " + action.cancelledOn());
        }
        if (event instanceof ActionEvidenced) {
            if (action.status() == ActionStatus.EVIDENCE_SUBMITTED) {
                refuse(what + ": action " + actionId + " already has evidence awaiting review, submitted on " + action.pendingEvidenceOn());
            }
        } else if (event instanceof ActionDueDateRevised e) {
            if (e.dueOn().isBefore(action.assignedOn())) {
                throw new InvalidCommandException("dueOn", "dueOn " + e.dueOn() + " is before action " + actionId + " was assigned ("
                        + action.assignedOn() + ")");
            }
            if (e.dueOn().equals(action.dueOn())) {
                throw new InvalidCommandException("dueOn", "action " + actionId + " is already due on " + action.dueOn());
            }
        } else if (event instanceof ActionReassigned e) {
            if (Objects.equals(e.agency(), action.agency()) && Objects.equals(e.owner(), action.owner())) {
                throw new InvalidCommandException("agency", "action " + actionId + " is already held by " + e.owner() + " (" + e.agency() + ")");
            }
        }
    }

    private void checkClosure(RecommendationClosed e, RecommendationState whole) {
        if (closure != null) {
            refuse("recommendation " + number() + " was already closed on " + closure.closedOn());
        }
        refuseUnless(isAccepted(), "recommendation " + number() + " cannot be closed: it has not been accepted");
        if (actions.isEmpty()) {
            ActionState first = whole.actions.values().stream().findFirst().orElse(null);
            if (first != null) {
                throw new InvalidCommandException("closedOn", "closedOn " + e.closedOn() + " is before action " + first.actionId()
                        + " was assigned (" + first.assignedOn() + ")");
            }
            refuseUnless(e.rationale() != null && !e.rationale().isBlank(), "recommendation " + number()
                    + " has no action: give the rationale for closing it (accepted as already in place)");
            return;
        }
        long open = actions.values().stream().filter(ActionState::isOpen).count();
        if (open > 0) {
            LocalDate lastSettled = whole.lastSettledOf(actions.keySet());
            if (lastSettled != null && lastSettled.isAfter(e.closedOn())) {
                throw new InvalidCommandException("closedOn", "closedOn " + e.closedOn() + " is before the last action was completed ("
                        + lastSettled + ")");
            }
            refuse("recommendation " + number() + " cannot be closed: " + open + " of its " + actions.size()
                    + " actions are not complete or cancelled");
        }
    }

    /** The latest completion or cancellation of the given actions, when all of them are settled; else null. */
    private LocalDate lastSettledOf(java.util.Collection<String> actionIds) {
        LocalDate last = null;
        for (String id : actionIds) {
            ActionState action = actions.get(id);
            if (action == null || action.isOpen()) {
                return null;
            }
            last = last == null || action.settledOn().isAfter(last) ? action.settledOn() : last;
        }
        return last;
    }

    private void refuseUnlessOpen(String what) {
        if (closure != null) {
            refuse(what + ": recommendation " + number() + " was closed on " + closure.closedOn() + "; reopen it first");
        }
    }

    private static void refuse(String reason) {
        refuseUnless(false, reason);
    }

    private ActionState action(String actionId) {
        return actions.get(actionId);
    }

    /** The request field that carries the fact's business date. */
    static String dateField(RecommendationEvent event) {
        if (event instanceof RecommendationAccepted || event instanceof RecommendationDeclined) {
            return "respondedOn";
        } else if (event instanceof ActionAssigned) {
            return "assignedOn";
        } else if (event instanceof ActionProgressReported) {
            return "reportedOn";
        } else if (event instanceof ActionDueDateRevised) {
            return "revisedOn";
        } else if (event instanceof ActionEvidenced) {
            return "submittedOn";
        } else if (event instanceof ActionEvidenceAccepted || event instanceof ActionEvidenceReturned || event instanceof ImpactReviewed) {
            return "reviewedOn";
        } else if (event instanceof ActionCancelled) {
            return "cancelledOn";
        } else if (event instanceof ActionReassigned) {
            return "reassignedOn";
        } else if (event instanceof RecommendationClosed) {
            return "closedOn";
        } else if (event instanceof RecommendationReopened) {
            return "reopenedOn";
        }
        return "madeOn";
    }

    /** True for the facts of one action (progress, due date, evidence and its review, cancellation, reassignment). */
    static boolean isOfAnAction(RecommendationEvent event) {
        return event instanceof ActionProgressReported || event instanceof ActionDueDateRevised || event instanceof ActionEvidenced
                || event instanceof ActionEvidenceAccepted || event instanceof ActionEvidenceReturned || event instanceof ActionCancelled
                || event instanceof ActionReassigned;
    }

    static String actionIdOf(RecommendationEvent event) {
        if (event instanceof ActionProgressReported e) {
            return e.actionId();
        } else if (event instanceof ActionDueDateRevised e) {
            return e.actionId();
        } else if (event instanceof ActionEvidenced e) {
            return e.actionId();
        } else if (event instanceof ActionEvidenceAccepted e) {
            return e.actionId();
        } else if (event instanceof ActionEvidenceReturned e) {
            return e.actionId();
        } else if (event instanceof ActionCancelled e) {
            return e.actionId();
        } else if (event instanceof ActionReassigned e) {
            return e.actionId();
        }
        throw new IllegalArgumentException("not a fact of an action: " + event);
    }

    private static String whatOf(RecommendationEvent event) {
        if (event instanceof ActionProgressReported) {
            return "progress cannot be reported";
        } else if (event instanceof ActionDueDateRevised) {
            return "the due date cannot be revised";
        } else if (event instanceof ActionEvidenced) {
            return "evidence cannot be submitted";
        } else if (event instanceof ActionCancelled) {
            return "it cannot be cancelled";
        } else if (event instanceof ActionReassigned) {
            return "it cannot be reassigned";
        }
        return "evidence cannot be reviewed";
    }

    // --- what the state tells

    public boolean exists() {
        return made != null;
    }

    public String recommendationId() {
        return made == null ? null : made.recommendationId();
    }

    public String sourceId() {
        return made.sourceId();
    }

    public String number() {
        return made == null ? null : made.number();
    }

    public String text() {
        return made.text();
    }

    public List<String> themes() {
        return made.themes();
    }

    public LocalDate madeOn() {
        return made == null ? null : made.madeOn();
    }

    /** The latest response, or null. */
    public Response response() {
        return responses.isEmpty() ? null : responses.get(responses.size() - 1);
    }

    public List<Response> responses() {
        return List.copyOf(responses);
    }

    public boolean isAccepted() {
        return response() != null && response().accepted();
    }

    /** The closure in force (null when open or reopened). */
    public Closure closure() {
        return closure;
    }

    public List<Closure> closures() {
        return List.copyOf(closures);
    }

    public List<Reopening> reopenings() {
        return List.copyOf(reopenings);
    }

    public List<ImpactReview> impactReviews() {
        return List.copyOf(impactReviews);
    }

    public List<ActionState> actions() {
        return List.copyOf(actions.values());
    }

    public ActionState actionOrNull(String actionId) {
        return actions.get(actionId);
    }

    public boolean hasAction(String actionId) {
        return actions.containsKey(actionId);
    }

    public RecommendationStatus status() {
        if (closure != null) {
            return RecommendationStatus.CLOSED;
        }
        Response response = response();
        if (response == null) {
            return RecommendationStatus.MADE;
        }
        if (!response.accepted()) {
            return RecommendationStatus.DECLINED;
        }
        if (reopenedAwaitingAction) {
            return RecommendationStatus.IN_PROGRESS;
        }
        List<ActionState> live = actions.values().stream().filter(a -> a.status() != ActionStatus.CANCELLED).toList();
        if (live.isEmpty()) {
            return RecommendationStatus.ACCEPTED;
        }
        return live.stream().allMatch(a -> a.status() == ActionStatus.COMPLETE)
                ? RecommendationStatus.ACTIONS_COMPLETE : RecommendationStatus.IN_PROGRESS;
    }

    /** The worst RAG of the actions as of a date (RED over AMBER over GREEN over COMPLETE over CANCELLED); null without actions. */
    public Rag worstRag(StatutoryClock clock, LocalDate asOf) {
        Rag worst = null;
        for (ActionState action : actions.values()) {
            Rag rag = action.rag(clock, asOf);
            if (worst == null || rank(rag) > rank(worst)) {
                worst = rag;
            }
        }
        return worst;
    }

    private static int rank(Rag rag) {
        return switch (rag) {
            case CANCELLED -> 0;
            case COMPLETE -> 1;
            case GREEN -> 2;
            case AMBER -> 3;
            case RED -> 4;
        };
    }
}
