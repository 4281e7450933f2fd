package uk.org.casereview.projections.rapidreview;

import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.rapidreview.NationalPanelResponded;
import uk.org.casereview.domain.rapidreview.RapidReviewDecisionRecorded;
import uk.org.casereview.domain.rapidreview.RapidReviewEvent;
import uk.org.casereview.domain.rapidreview.RapidReviewMeetingHeld;
import uk.org.casereview.domain.rapidreview.RapidReviewSubmittedToPanel;
import uk.org.casereview.domain.rapidreview.SeriousIncidentNotified;
import uk.org.casereview.projections.shared.History;
import uk.org.casereview.projections.shared.MilestoneView;
import uk.org.casereview.projections.shared.Recorded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Folds a rapid review's history, as of a date, into its view. */
final class RapidReviewFold {

    private SeriousIncidentNotified notified;
    private RapidReviewStatus status;
    private final List<RapidReviewView.Meeting> meetings = new ArrayList<>();
    private final List<RapidReviewView.Decision> decisions = new ArrayList<>();
    private final List<LocalDate> submissions = new ArrayList<>();
    private final List<RapidReviewView.Response> responses = new ArrayList<>();

    static Optional<RapidReviewView> view(History<RapidReviewEvent> history, LocalDate asOf, StatutoryClock clock) {
        RapidReviewFold fold = new RapidReviewFold();
        history.asOf(asOf).stream().map(Recorded::event).forEach(fold::apply);
        return fold.notified == null ? Optional.empty() : Optional.of(fold.toView(asOf, clock, history.version()));
    }

    private void apply(RapidReviewEvent event) {
        if (event instanceof SeriousIncidentNotified e) {
            notified = e;
            status = RapidReviewStatus.NOTIFIED;
        } else if (event instanceof RapidReviewMeetingHeld e) {
            meetings.add(new RapidReviewView.Meeting(e.heldOn(), e.agencies()));
            if (status == RapidReviewStatus.NOTIFIED) {
                status = RapidReviewStatus.MEETING_HELD;
            }
        } else if (event instanceof RapidReviewDecisionRecorded e) {
            decisions.add(new RapidReviewView.Decision(e.decidedOn(), e.decision(), e.rationale()));
            status = RapidReviewStatus.DECIDED;
        } else if (event instanceof RapidReviewSubmittedToPanel e) {
            submissions.add(e.submittedOn());
            status = RapidReviewStatus.SUBMITTED_TO_PANEL;
        } else if (event instanceof NationalPanelResponded e) {
            responses.add(new RapidReviewView.Response(e.respondedOn(), e.response(), e.comments()));
            status = switch (e.response()) {
                case AGREED -> RapidReviewStatus.PANEL_AGREED;
                case DISAGREED -> RapidReviewStatus.PANEL_DISAGREED;
                case NATIONAL_REVIEW -> RapidReviewStatus.NATIONAL_REVIEW;
            };
        }
    }

    static List<MilestoneView> milestones(SeriousIncidentNotified notified, List<LocalDate> submissions,
                                          List<RapidReviewView.Response> responses, LocalDate asOf, StatutoryClock clock) {
        List<MilestoneView> milestones = new ArrayList<>();
        milestones.add(MilestoneView.of(Milestone.NOTIFICATION, clock.notificationDue(notified.awareOn()),
                notified.notifiedOn(), asOf, true, null));
        milestones.add(MilestoneView.of(Milestone.RAPID_REVIEW, clock.rapidReviewDue(notified.notifiedOn()),
                submissions.isEmpty() ? null : submissions.get(0), asOf, true, null));
        if (!submissions.isEmpty()) {
            LocalDate lastSubmission = submissions.get(submissions.size() - 1);
            LocalDate respondedOn = responses.size() == submissions.size() ? responses.get(responses.size() - 1).respondedOn() : null;
            milestones.add(MilestoneView.of(Milestone.PANEL_RESPONSE, clock.panelResponseExpected(lastSubmission), respondedOn,
                    asOf, false, "informational: the National Panel has no statutory response time"));
        }
        return milestones;
    }

    private RapidReviewView toView(LocalDate asOf, StatutoryClock clock, long version) {
        RapidReviewView.Decision decision = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
        List<RapidReviewView.Decision> earlier = decisions.isEmpty() ? List.of() : List.copyOf(decisions.subList(0, decisions.size() - 1));
        return new RapidReviewView(notified.rapidReviewId(), notified.reference(), status, notified.children(),
                notified.outcome(), notified.awareOn(), notified.notifiedOn(), notified.harmCategories(), notified.themes(),
                List.copyOf(meetings), decision, earlier, List.copyOf(submissions), List.copyOf(responses),
                milestones(notified, submissions, responses, asOf, clock), asOf, version);
    }
}
