package uk.org.casereview.projections.practicereview;

import uk.org.casereview.domain.calendar.Timescales;
import uk.org.casereview.domain.practicereview.FinalReportSent;
import uk.org.casereview.domain.practicereview.PracticeReviewCommissioned;
import uk.org.casereview.domain.practicereview.PracticeReviewEvent;
import uk.org.casereview.domain.practicereview.PracticeReviewPublished;
import uk.org.casereview.domain.practicereview.PublicationDelayRecorded;
import uk.org.casereview.domain.practicereview.PublicationWithheld;
import uk.org.casereview.domain.practicereview.ReviewerAppointed;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.Labels;
import uk.org.casereview.projections.readmodel.MilestoneView;
import uk.org.casereview.projections.readmodel.Timeline;
import uk.org.casereview.projections.readmodel.TimelineEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A practice review's timeline in plain words, with the configured timescales. */
final class PracticeReviewTimeline {

    private PracticeReviewTimeline() {
    }

    static Timeline of(History<PracticeReviewEvent> history, PracticeReviewView view, LocalDate asOf, Timescales timescales) {
        List<TimelineEntry> facts = Timeline.facts(history, asOf, PracticeReviewTimeline::describe);
        List<TimelineEntry> milestones = new ArrayList<>();
        for (MilestoneView milestone : view.milestones()) {
            String what = switch (milestone.name()) {
                case FINAL_REPORT -> "Final report due to the National Panel and the Secretary of State ("
                        + timescales.finalReportWorkingDaysBeforePublication() + " working days before publication)";
                case PUBLICATION -> "Publication due (" + timescales.publicationMonths() + " months after the decision to initiate the review)";
                default -> milestone.name().name();
            };
            milestones.add(TimelineEntry.milestone(milestone, what));
        }
        return Timeline.of(view.id(), view.reference(), asOf, facts, milestones);
    }

    static String describe(PracticeReviewEvent event) {
        if (event instanceof PracticeReviewCommissioned e) {
            return kind(e) + " commissioned: " + e.title() + ".";
        } else if (event instanceof ReviewerAppointed e) {
            return "Lead reviewer appointed: " + e.reviewer() + ".";
        } else if (event instanceof PublicationDelayRecorded e) {
            return "Publication delayed: " + e.reason() + (e.expectedOn() == null ? " (no date yet)." : " (expected " + e.expectedOn() + ").");
        } else if (event instanceof FinalReportSent) {
            return "Final report sent to the National Panel and the Secretary of State.";
        } else if (event instanceof PracticeReviewPublished e) {
            return "Published (" + Labels.words(e.scope()) + ") at " + e.url() + ".";
        } else if (event instanceof PublicationWithheld e) {
            return "Publication of the full report withheld: " + e.reason();
        }
        return event.getClass().getSimpleName();
    }

    private static String kind(PracticeReviewCommissioned e) {
        return switch (e.kind()) {
            case CSPR -> "Child Safeguarding Practice Review";
            case SERIOUS_CASE_REVIEW -> "Serious case review";
            case NATIONAL_REVIEW -> "National review (partnership response)";
            case LEARNING_REVIEW -> "Local learning review";
            case MULTI_AGENCY_AUDIT -> "Multi-agency audit";
            case JOINT_REVIEW -> "Joint review with " + e.jointWith().stream().map(Labels::words).collect(Collectors.joining(", "));
        };
    }
}
