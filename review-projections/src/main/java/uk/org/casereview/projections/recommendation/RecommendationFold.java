package uk.org.casereview.projections.recommendation;

import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.recommendation.ActionAssigned;
import uk.org.casereview.domain.recommendation.ActionDueDateRevised;
import uk.org.casereview.domain.recommendation.ActionEvidenceAccepted;
import uk.org.casereview.domain.recommendation.ActionEvidenceReturned;
import uk.org.casereview.domain.recommendation.ActionEvidenced;
import uk.org.casereview.domain.recommendation.ActionProgressReported;
import uk.org.casereview.domain.recommendation.ActionStatus;
import uk.org.casereview.domain.recommendation.RecommendationAccepted;
import uk.org.casereview.domain.recommendation.RecommendationClosed;
import uk.org.casereview.domain.recommendation.RecommendationDeclined;
import uk.org.casereview.domain.recommendation.RecommendationEvent;
import uk.org.casereview.domain.recommendation.RecommendationMade;
import uk.org.casereview.projections.shared.History;
import uk.org.casereview.projections.shared.Recorded;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Folds a recommendation's history, as of a date, into its view. */
final class RecommendationFold {

    private RecommendationMade made;
    private RecommendationView.Response response;
    private RecommendationView.Closure closure;
    private final Map<String, ActionFold> actions = new LinkedHashMap<>();

    static Optional<RecommendationView> view(History<RecommendationEvent> history, LocalDate asOf, StatutoryClock clock,
                                             String sourceReference) {
        RecommendationFold fold = new RecommendationFold();
        history.asOf(asOf).stream().map(Recorded::event).forEach(fold::apply);
        return fold.made == null ? Optional.empty() : Optional.of(fold.toView(asOf, clock, history.version(), sourceReference));
    }

    private void apply(RecommendationEvent event) {
        if (event instanceof RecommendationMade e) {
            made = e;
        } else if (event instanceof RecommendationAccepted e) {
            response = new RecommendationView.Response(e.respondedOn(), true, e.rationale());
        } else if (event instanceof RecommendationDeclined e) {
            response = new RecommendationView.Response(e.respondedOn(), false, e.rationale());
        } else if (event instanceof ActionAssigned e) {
            actions.put(e.actionId(), new ActionFold(e));
        } else if (event instanceof ActionProgressReported e) {
            actions.get(e.actionId()).progress(e);
        } else if (event instanceof ActionDueDateRevised e) {
            actions.get(e.actionId()).revised(e);
        } else if (event instanceof ActionEvidenced e) {
            actions.get(e.actionId()).evidenced(e);
        } else if (event instanceof ActionEvidenceAccepted e) {
            actions.get(e.actionId()).reviewed(e.reviewedOn(), true, e.comment());
        } else if (event instanceof ActionEvidenceReturned e) {
            actions.get(e.actionId()).reviewed(e.reviewedOn(), false, e.reason());
        } else if (event instanceof RecommendationClosed e) {
            closure = new RecommendationView.Closure(e.closedOn(), e.impactStatement());
        }
    }

    private RecommendationStatus status() {
        if (closure != null) {
            return RecommendationStatus.CLOSED;
        }
        if (response == null) {
            return RecommendationStatus.MADE;
        }
        if (!response.accepted()) {
            return RecommendationStatus.DECLINED;
        }
        if (actions.isEmpty()) {
            return RecommendationStatus.ACCEPTED;
        }
        return actions.values().stream().allMatch(a -> a.status == ActionStatus.COMPLETE)
                ? RecommendationStatus.ACTIONS_COMPLETE : RecommendationStatus.IN_PROGRESS;
    }

    private RecommendationView toView(LocalDate asOf, StatutoryClock clock, long version, String sourceReference) {
        List<RecommendationView.ActionView> actionViews = actions.values().stream().map(a -> a.view(asOf, clock)).toList();
        return new RecommendationView(made.recommendationId(), made.sourceId(), sourceReference, made.number(), made.text(),
                made.themes(), made.madeOn(), status(), worst(actionViews), response, closure, actionViews, asOf, version);
    }

    static Rag worst(List<RecommendationView.ActionView> actions) {
        if (actions.isEmpty()) {
            return null;
        }
        Rag worst = Rag.COMPLETE;
        for (RecommendationView.ActionView action : actions) {
            worst = switch (action.rag()) {
                case RED -> Rag.RED;
                case AMBER -> worst == Rag.RED ? worst : Rag.AMBER;
                case GREEN -> worst == Rag.COMPLETE ? Rag.GREEN : worst;
                case COMPLETE -> worst;
            };
        }
        return worst;
    }

    /** One action as the fold goes. */
    private static final class ActionFold {
        private final ActionAssigned assigned;
        private LocalDate dueOn;
        private ActionStatus status = ActionStatus.ASSIGNED;
        private LocalDate completedOn;
        private final List<RecommendationView.DueDateRevision> revisions = new ArrayList<>();
        private final List<RecommendationView.Progress> progress = new ArrayList<>();
        private final List<RecommendationView.Evidence> evidence = new ArrayList<>();

        ActionFold(ActionAssigned assigned) {
            this.assigned = assigned;
            this.dueOn = assigned.dueOn();
        }

        void progress(ActionProgressReported e) {
            progress.add(new RecommendationView.Progress(e.reportedOn(), e.note()));
            if (status == ActionStatus.ASSIGNED) {
                status = ActionStatus.IN_PROGRESS;
            }
        }

        void revised(ActionDueDateRevised e) {
            revisions.add(new RecommendationView.DueDateRevision(e.revisedOn(), e.previousDueOn(), e.dueOn(), e.reason()));
            dueOn = e.dueOn();
        }

        void evidenced(ActionEvidenced e) {
            evidence.add(new RecommendationView.Evidence(e.submittedOn(), e.summary(), e.link(), null, null, null));
            status = ActionStatus.EVIDENCE_SUBMITTED;
        }

        void reviewed(LocalDate reviewedOn, boolean accepted, String comment) {
            int last = evidence.size() - 1;
            RecommendationView.Evidence pending = evidence.get(last);
            evidence.set(last, new RecommendationView.Evidence(pending.submittedOn(), pending.summary(), pending.link(),
                    reviewedOn, accepted, comment));
            status = accepted ? ActionStatus.COMPLETE : ActionStatus.IN_PROGRESS;
            completedOn = accepted ? reviewedOn : null;
        }

        RecommendationView.ActionView view(LocalDate asOf, StatutoryClock clock) {
            Rag rag = clock.rag(dueOn, completedOn, asOf);
            long daysOverdue = rag == Rag.RED ? ChronoUnit.DAYS.between(dueOn, asOf) : 0;
            return new RecommendationView.ActionView(assigned.actionId(), assigned.description(), assigned.agency(),
                    assigned.owner(), assigned.assignedOn(), dueOn, assigned.dueOn(), status, rag, daysOverdue, completedOn,
                    List.copyOf(revisions), List.copyOf(progress), List.copyOf(evidence));
        }
    }
}
