package uk.org.casereview.projections.practicereview;

import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneDates;
import uk.org.casereview.domain.calendar.MilestoneState;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.practicereview.JointPartner;
import uk.org.casereview.domain.practicereview.PracticeReviewCommissioned;
import uk.org.casereview.domain.practicereview.PracticeReviewEvent;
import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.practicereview.PracticeReviewState;
import uk.org.casereview.domain.practicereview.PracticeReviewStatus;
import uk.org.casereview.domain.practicereview.PublicationScope;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.MilestoneView;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A practice review as of a date, with the statutory milestones of its kind: its domain state
 * ({@link PracticeReviewState}) in the API's words. {@code publication} is the first publication; {@code publications}
 * all of them (the improvements, then the full report).
 */
public record PracticeReviewView(
        String id,
        String reference,
        PracticeReviewKind kind,
        List<JointPartner> jointWith,
        String rapidReviewId,
        String title,
        PracticeReviewStatus status,
        LocalDate decidedOn,
        List<String> children,
        List<String> themes,
        Reviewer reviewer,
        List<Reviewer> earlierReviewers,
        List<Delay> delays,
        LocalDate finalReportSentOn,
        Publication publication,
        List<Publication> publications,
        Withholding withholding,
        List<MilestoneView> milestones,
        LocalDate asOf,
        long version) {

    public record Reviewer(String reviewer, LocalDate appointedOn) {
    }

    public record Delay(LocalDate recordedOn, String reason, LocalDate expectedOn) {
    }

    public record Publication(LocalDate publishedOn, String url, PublicationScope scope) {
    }

    public record Withholding(LocalDate decidedOn, String reason) {
    }

    static Optional<PracticeReviewView> of(History<PracticeReviewEvent> history, LocalDate asOf, StatutoryClock clock) {
        List<PracticeReviewEvent> events = history.effectiveAsOf(asOf);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(of(PracticeReviewState.of(events), asOf, clock, history.version()));
    }

    static PracticeReviewView of(PracticeReviewState state, LocalDate asOf, StatutoryClock clock, long version) {
        PracticeReviewCommissioned c = state.commission();
        List<Reviewer> reviewers = state.reviewers().stream().map(r -> new Reviewer(r.reviewer(), r.appointedOn())).toList();
        List<Publication> publications = state.publications().stream().map(p -> new Publication(p.publishedOn(), p.url(), p.scope())).toList();
        PracticeReviewState.Withholding withholding = state.withholding();
        return new PracticeReviewView(c.practiceReviewId(), c.reference(), c.kind(), c.jointWith(), c.rapidReviewId(), c.title(),
                state.status(), c.decidedOn(), c.children(), c.themes(),
                reviewers.isEmpty() ? null : reviewers.get(reviewers.size() - 1),
                reviewers.isEmpty() ? List.of() : reviewers.subList(0, reviewers.size() - 1),
                state.delays().stream().map(d -> new Delay(d.recordedOn(), d.reason(), d.expectedOn())).toList(),
                state.finalReportSentOn(), publications.isEmpty() ? null : publications.get(0), publications,
                withholding == null ? null : new Withholding(withholding.decidedOn(), withholding.reason()),
                milestones(state, asOf, clock), asOf, version);
    }

    private static List<MilestoneView> milestones(PracticeReviewState state, LocalDate asOf, StatutoryClock clock) {
        PracticeReviewState.Delay delay = state.delay();
        PracticeReviewState.Withholding withholding = state.withholding();
        return state.milestones(clock).stream().map(m -> {
            if (m.name() == Milestone.PUBLICATION) {
                String note = withholding == null ? null : "full report withheld on " + withholding.decidedOn() + ": " + withholding.reason()
                        + "; the improvements are still to be published";
                if (state.publication() != null && state.publication().scope() == PublicationScope.IMPROVEMENTS_ONLY) {
                    note = "the improvements were published" + (withholding == null ? "" : "; the full report is withheld: " + withholding.reason());
                }
                return MilestoneView.of(m, asOf, note, delay == null ? null : new MilestoneView.Delay(delay.recordedOn(), delay.reason(),
                        delay.expectedOn(), !delay.recordedOn().isAfter(m.dueOn())));
            }
            return MilestoneView.of(m, asOf, finalReportNote(m, asOf));
        }).toList();
    }

    private static String finalReportNote(MilestoneDates milestone, LocalDate asOf) {
        if (milestone.stateOn(asOf) == MilestoneState.MISSED && milestone.doneBy(asOf) == null) {
            return "to the National Panel and the Secretary of State; published on " + milestone.lapsedOn()
                    + " with no final report sent 7 working days before";
        }
        return "to the National Panel and the Secretary of State";
    }
}
