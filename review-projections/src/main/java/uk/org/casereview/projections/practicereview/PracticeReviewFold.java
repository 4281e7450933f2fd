package uk.org.casereview.projections.practicereview;

import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.practicereview.FinalReportSent;
import uk.org.casereview.domain.practicereview.PracticeReviewCommissioned;
import uk.org.casereview.domain.practicereview.PracticeReviewEvent;
import uk.org.casereview.domain.practicereview.PracticeReviewPublished;
import uk.org.casereview.domain.practicereview.PublicationDelayRecorded;
import uk.org.casereview.domain.practicereview.PublicationWithheld;
import uk.org.casereview.domain.practicereview.ReviewerAppointed;
import uk.org.casereview.projections.shared.History;
import uk.org.casereview.projections.shared.MilestoneView;
import uk.org.casereview.projections.shared.Recorded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Folds a practice review's history, as of a date, into its view. */
final class PracticeReviewFold {

    private PracticeReviewCommissioned commissioned;
    private final List<PracticeReviewView.Reviewer> reviewers = new ArrayList<>();
    private final List<PracticeReviewView.Delay> delays = new ArrayList<>();
    private LocalDate finalReportSentOn;
    private PracticeReviewView.Publication publication;
    private PracticeReviewView.Withholding withholding;

    static Optional<PracticeReviewView> view(History<PracticeReviewEvent> history, LocalDate asOf, StatutoryClock clock) {
        PracticeReviewFold fold = new PracticeReviewFold();
        history.asOf(asOf).stream().map(Recorded::event).forEach(fold::apply);
        return fold.commissioned == null ? Optional.empty() : Optional.of(fold.toView(asOf, clock, history.version()));
    }

    private void apply(PracticeReviewEvent event) {
        if (event instanceof PracticeReviewCommissioned e) {
            commissioned = e;
        } else if (event instanceof ReviewerAppointed e) {
            reviewers.add(new PracticeReviewView.Reviewer(e.reviewer(), e.appointedOn()));
        } else if (event instanceof PublicationDelayRecorded e) {
            delays.add(new PracticeReviewView.Delay(e.recordedOn(), e.reason(), e.expectedOn()));
        } else if (event instanceof FinalReportSent e) {
            finalReportSentOn = e.sentOn();
        } else if (event instanceof PracticeReviewPublished e) {
            publication = new PracticeReviewView.Publication(e.publishedOn(), e.url(), e.scope());
        } else if (event instanceof PublicationWithheld e) {
            withholding = new PracticeReviewView.Withholding(e.decidedOn(), e.reason());
        }
    }

    private PracticeReviewStatus status() {
        if (publication != null) {
            return PracticeReviewStatus.PUBLISHED;
        }
        if (withholding != null) {
            return PracticeReviewStatus.WITHHELD;
        }
        if (finalReportSentOn != null) {
            return PracticeReviewStatus.FINAL_REPORT_SENT;
        }
        return reviewers.isEmpty() ? PracticeReviewStatus.COMMISSIONED : PracticeReviewStatus.REVIEWER_APPOINTED;
    }

    /**
     * PUBLICATION is due 6 months after the decision; a delay recorded with a reason (parallel proceedings) moves it
     * to the expected date, or holds it DUE until publication when no date is known. Withholding ends it. FINAL_REPORT is
     * due 7 working days before the actual publication, or before the date publication is due.
     */
    private List<MilestoneView> milestones(LocalDate asOf, StatutoryClock clock) {
        if (!commissioned.kind().hasStatutoryClocks()) {
            return List.of();
        }
        LocalDate statutoryDue = clock.publicationDue(commissioned.decidedOn());
        PracticeReviewView.Delay delay = delays.isEmpty() ? null : delays.get(delays.size() - 1);
        LocalDate publicationDue = statutoryDue;
        String note = null;
        if (delay != null) {
            if (delay.expectedOn() != null && delay.expectedOn().isAfter(statutoryDue)) {
                publicationDue = delay.expectedOn();
            }
            note = "delayed: " + delay.reason() + " (statutory due date " + statutoryDue + ")";
        }
        LocalDate done = publication != null ? publication.publishedOn() : withholding != null ? withholding.decidedOn() : null;
        if (withholding != null) {
            note = "publication withheld: " + withholding.reason();
        }
        MilestoneView publicationMilestone = MilestoneView.of(Milestone.PUBLICATION, publicationDue, done, asOf, true, note);
        if (delay != null && delay.expectedOn() == null) {
            publicationMilestone = publicationMilestone.held(note); // a lawful delay with no date: DUE until done, then MET
        }
        LocalDate publishedOrDue = publication != null ? publication.publishedOn() : publicationDue;
        MilestoneView finalReport = MilestoneView.of(Milestone.FINAL_REPORT, clock.finalReportDue(publishedOrDue),
                finalReportSentOn, asOf, true, "to the National Panel and the Secretary of State");
        if (publication == null && delay != null && delay.expectedOn() == null) {
            // publication has no date yet, so neither has the last day for the final report
            finalReport = finalReport.held("to the National Panel and the Secretary of State; publication delayed with no date yet");
        }
        return List.of(finalReport, publicationMilestone);
    }

    private PracticeReviewView toView(LocalDate asOf, StatutoryClock clock, long version) {
        PracticeReviewView.Reviewer reviewer = reviewers.isEmpty() ? null : reviewers.get(reviewers.size() - 1);
        List<PracticeReviewView.Reviewer> earlier = reviewers.isEmpty() ? List.of() : List.copyOf(reviewers.subList(0, reviewers.size() - 1));
        return new PracticeReviewView(commissioned.practiceReviewId(), commissioned.reference(), commissioned.kind(),
                commissioned.rapidReviewId(), commissioned.title(), status(), commissioned.decidedOn(), commissioned.children(),
                commissioned.themes(), reviewer, earlier, List.copyOf(delays), finalReportSentOn, publication, withholding,
                milestones(asOf, clock), asOf, version);
    }
}
