package uk.org.casereview.projections.rapidreview;

import uk.org.casereview.domain.calendar.Timescales;
import uk.org.casereview.domain.rapidreview.NationalPanelResponded;
import uk.org.casereview.domain.rapidreview.RapidReviewDecisionRecorded;
import uk.org.casereview.domain.rapidreview.RapidReviewEvent;
import uk.org.casereview.domain.rapidreview.RapidReviewFoundNotRequired;
import uk.org.casereview.domain.rapidreview.RapidReviewMeetingHeld;
import uk.org.casereview.domain.rapidreview.RapidReviewSubmittedToPanel;
import uk.org.casereview.domain.rapidreview.SeriousIncidentNotified;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.Labels;
import uk.org.casereview.projections.readmodel.MilestoneView;
import uk.org.casereview.projections.readmodel.Timeline;
import uk.org.casereview.projections.readmodel.TimelineEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A rapid review's timeline in plain words, with the configured timescales. */
final class RapidReviewTimeline {

    private RapidReviewTimeline() {
    }

    static Timeline of(History<RapidReviewEvent> history, RapidReviewView view, LocalDate asOf, Labels labels, Timescales timescales) {
        RapidReviewEvent firstDecision = history.asOf(asOf).stream().map(r -> r.event())
                .filter(e -> e instanceof RapidReviewDecisionRecorded).findFirst().orElse(null);
        List<TimelineEntry> facts = Timeline.facts(history, asOf, event -> describe(event, labels, event == firstDecision));
        List<TimelineEntry> milestones = new ArrayList<>();
        for (MilestoneView milestone : view.milestones()) {
            String what = switch (milestone.name()) {
                case NOTIFICATION -> "Notification due to the National Panel (" + timescales.notificationWorkingDays()
                        + " working days after awareness)";
                case RAPID_REVIEW -> "Rapid review due to the National Panel (" + timescales.rapidReviewWorkingDays()
                        + " working days after notification)";
                case PANEL_RESPONSE -> "National Panel's response expected (" + timescales.panelResponseWorkingDays()
                        + " working days after the latest submission)";
                default -> milestone.name().name();
            };
            milestones.add(TimelineEntry.milestone(milestone, what));
        }
        return Timeline.of(view.id(), view.reference(), asOf, facts, milestones);
    }

    static String describe(RapidReviewEvent event, Labels labels, boolean firstDecision) {
        if (event instanceof SeriousIncidentNotified e) {
            return "Serious incident notified to the National Panel: " + String.join(", ", e.children()) + " ("
                    + Labels.words(e.outcome()) + "; " + e.harmCategories().stream().map(Labels::words).collect(Collectors.joining(", "))
                    + "). The local authority became aware on " + e.awareOn() + ".";
        } else if (event instanceof RapidReviewMeetingHeld e) {
            return "Rapid review meeting held with " + labels.agencies(e.agencies()) + ".";
        } else if (event instanceof RapidReviewDecisionRecorded e) {
            return (firstDecision ? "Decision: " : "Decision revised: ") + Labels.words(e.decision()) + ". " + e.rationale();
        } else if (event instanceof RapidReviewSubmittedToPanel) {
            return "Rapid review sent to the National Panel.";
        } else if (event instanceof NationalPanelResponded e) {
            return "The National Panel responded: " + Labels.words(e.response()) + "." + (e.comments() == null ? "" : " " + e.comments());
        } else if (event instanceof RapidReviewFoundNotRequired e) {
            return "Rapid review found not required (" + Labels.words(e.basis()) + "): " + e.reason();
        }
        return event.getClass().getSimpleName();
    }
}
