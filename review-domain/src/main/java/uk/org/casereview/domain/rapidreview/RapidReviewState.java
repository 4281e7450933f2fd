package uk.org.casereview.domain.rapidreview;

import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneDates;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static uk.org.casereview.domain.commandhandling.Check.refuseUnless;

/**
 * A rapid review as its effective facts (in business-date order) leave it: the one fold that the aggregate decides on
 * and every view, list and report reads. {@link #evolve} is the fold's step; {@link #check} is the rule of evidence for
 * one more fact.
 */
public final class RapidReviewState {

    public record Meeting(LocalDate heldOn, List<String> agencies) {
    }

    public record Decision(LocalDate decidedOn, RapidReviewDecision decision, String rationale) {
    }

    public record Response(LocalDate respondedOn, PanelResponse response, String comments) {
    }

    public record NotRequired(LocalDate decidedOn, NotRequiredBasis basis, String reason) {
    }

    private SeriousIncidentNotified notified;
    private RapidReviewStatus status;
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<LocalDate> submissions = new ArrayList<>();
    private final List<Response> responses = new ArrayList<>();
    private boolean latestSubmissionAnswered;
    private NotRequired notRequired;

    public static RapidReviewState of(List<RapidReviewEvent> events) {
        RapidReviewState state = new RapidReviewState();
        events.forEach(state::evolve);
        return state;
    }

    /** The state of these facts, each checked against the facts before it; throws the first refusal. */
    public static RapidReviewState checked(List<RapidReviewEvent> events) {
        return checked(events, 0);
    }

    /**
     * The state of these facts, each from {@code from} on checked against the facts before it (the facts before
     * {@code from} are the record as it stands, which a later fact cannot change); throws the first refusal.
     */
    public static RapidReviewState checked(List<RapidReviewEvent> events, int from) {
        RapidReviewState whole = of(events);
        RapidReviewState state = new RapidReviewState();
        for (int i = 0; i < events.size(); i++) {
            if (i >= from) {
                state.check(events.get(i), whole);
            }
            state.evolve(events.get(i));
        }
        return state;
    }

    /** The fold's step: the state after one more fact. */
    public RapidReviewState evolve(RapidReviewEvent event) {
        if (event instanceof SeriousIncidentNotified e) {
            notified = e;
            status = RapidReviewStatus.NOTIFIED;
        } else if (event instanceof RapidReviewMeetingHeld e) {
            meetings.add(new Meeting(e.heldOn(), e.agencies()));
            if (status == RapidReviewStatus.NOTIFIED) {
                status = RapidReviewStatus.MEETING_HELD;
            }
        } else if (event instanceof RapidReviewDecisionRecorded e) {
            decisions.add(new Decision(e.decidedOn(), e.decision(), e.rationale()));
            status = RapidReviewStatus.DECIDED;
        } else if (event instanceof RapidReviewSubmittedToPanel e) {
            submissions.add(e.submittedOn());
            latestSubmissionAnswered = false;
            status = RapidReviewStatus.SUBMITTED_TO_PANEL;
        } else if (event instanceof NationalPanelResponded e) {
            responses.add(new Response(e.respondedOn(), e.response(), e.comments()));
            latestSubmissionAnswered = true;
            status = switch (e.response()) {
                case AGREED -> RapidReviewStatus.PANEL_AGREED;
                case DISAGREED -> RapidReviewStatus.PANEL_DISAGREED;
                case NATIONAL_REVIEW -> RapidReviewStatus.NATIONAL_REVIEW;
                case MORE_INFORMATION_REQUESTED -> RapidReviewStatus.MORE_INFORMATION_REQUESTED;
            };
        } else if (event instanceof RapidReviewFoundNotRequired e) {
            notRequired = new NotRequired(e.decidedOn(), e.basis(), e.reason());
            status = RapidReviewStatus.NOT_REQUIRED;
        }
        return this;
    }

    /**
     * Refuses the fact when it cannot follow the facts before it (this state). {@code whole} is the state of every
     * effective fact, later ones included: when what the fact needs is there but dated after it, the date is at fault.
     */
    public void check(RapidReviewEvent event, RapidReviewState whole) {
        if (event instanceof SeriousIncidentNotified) {
            refuseUnless(notified == null, "rapid review " + reference() + " was already notified");
            return;
        }
        if (event instanceof RapidReviewFactCorrected) {
            return;
        }
        String field = dateField(event);
        if (event.on().isBefore(notified.awareOn())) {
            throw new InvalidCommandException(field, field + " " + event.on() + " is before the local authority became aware of the incident ("
                    + notified.awareOn() + ")");
        }
        if (event instanceof NationalPanelResponded) {
            if (submissions.isEmpty()) {
                if (!whole.submissions.isEmpty()) {
                    throw new InvalidCommandException(field, field + " " + event.on() + " is before the submission to the Panel ("
                            + whole.submissions.get(0) + ")");
                }
                refuseUnless(false, "the National Panel's response cannot be recorded: rapid review " + reference() + " has not been submitted");
            }
            if (latestSubmissionAnswered) {
                refuseUnless(false, "the National Panel already responded to rapid review " + reference() + " on "
                        + responses.get(responses.size() - 1).respondedOn() + " (to the submission of " + latestSubmission()
                        + "); record the resubmission first, or correct the response");
            }
        } else if (event instanceof RapidReviewFoundNotRequired) {
            if (notRequired != null) {
                refuseUnless(false, "rapid review " + reference() + " was already found not required on " + notRequired.decidedOn());
            }
        }
    }

    static String dateField(RapidReviewEvent event) {
        if (event instanceof RapidReviewMeetingHeld) {
            return "heldOn";
        } else if (event instanceof RapidReviewDecisionRecorded || event instanceof RapidReviewFoundNotRequired) {
            return "decidedOn";
        } else if (event instanceof RapidReviewSubmittedToPanel) {
            return "submittedOn";
        } else if (event instanceof NationalPanelResponded) {
            return "respondedOn";
        }
        return "notifiedOn";
    }

    /**
     * NOTIFICATION 5 working days after awareness; RAPID_REVIEW 15 working days after notification, done at the first
     * submission; PANEL_RESPONSE (informational) 15 working days after the latest submission, done by a response that
     * settles it. A rapid review found not required makes the last two NOT_REQUIRED from that date.
     */
    public List<MilestoneDates> milestones(StatutoryClock clock) {
        List<MilestoneDates> milestones = new ArrayList<>();
        LocalDate notRequiredOn = notRequired == null ? null : notRequired.decidedOn();
        milestones.add(new MilestoneDates(Milestone.NOTIFICATION, clock.notificationDue(notified.awareOn()), notified.notifiedOn(),
                null, null, true));
        milestones.add(new MilestoneDates(Milestone.RAPID_REVIEW, clock.rapidReviewDue(notified.notifiedOn()),
                submissions.isEmpty() ? null : submissions.get(0), notRequiredOn, null, true));
        if (!submissions.isEmpty() || notRequiredOn != null) {
            LocalDate latest = latestSubmission();
            Response last = responses.isEmpty() ? null : responses.get(responses.size() - 1);
            LocalDate settledOn = latestSubmissionAnswered && last.response().isFinal() ? last.respondedOn() : null;
            milestones.add(new MilestoneDates(Milestone.PANEL_RESPONSE, latest == null ? null : clock.panelResponseExpected(latest),
                    settledOn, notRequiredOn, null, false));
        }
        return milestones;
    }

    // --- what the state tells

    public boolean exists() {
        return notified != null;
    }

    public SeriousIncidentNotified notification() {
        return notified;
    }

    public String rapidReviewId() {
        return notified == null ? null : notified.rapidReviewId();
    }

    public String reference() {
        return notified == null ? null : notified.reference();
    }

    public RapidReviewStatus status() {
        return status;
    }

    public List<Meeting> meetings() {
        return List.copyOf(meetings);
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    /** The decision that counts: the latest. */
    public Decision decision() {
        return decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
    }

    public List<LocalDate> submissions() {
        return List.copyOf(submissions);
    }

    public LocalDate latestSubmission() {
        return submissions.isEmpty() ? null : submissions.get(submissions.size() - 1);
    }

    public List<Response> responses() {
        return List.copyOf(responses);
    }

    public NotRequired notRequired() {
        return notRequired;
    }
}
