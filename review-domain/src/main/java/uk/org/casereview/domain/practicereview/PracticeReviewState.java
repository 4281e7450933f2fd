package uk.org.casereview.domain.practicereview;

import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneDates;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static uk.org.casereview.domain.commandhandling.Check.refuseUnless;

/**
 * A practice review as its effective facts (in business-date order) leave it: the one fold that the aggregate decides
 * on and every view, list and report reads. Facts come in any real order: a publication with no reviewer or final
 * report on record is a fact, and its lateness shows in the milestones.
 */
public final class PracticeReviewState {

    public record Reviewer(String reviewer, LocalDate appointedOn) {
    }

    public record Delay(LocalDate recordedOn, String reason, LocalDate expectedOn) {
    }

    public record Publication(LocalDate publishedOn, String url, PublicationScope scope) {
    }

    public record Withholding(LocalDate decidedOn, String reason) {
    }

    private PracticeReviewCommissioned commissioned;
    private final List<Reviewer> reviewers = new ArrayList<>();
    private final List<Delay> delays = new ArrayList<>();
    private final List<LocalDate> finalReports = new ArrayList<>();
    private final List<Publication> publications = new ArrayList<>();
    private final List<Withholding> withholdings = new ArrayList<>();

    public static PracticeReviewState of(List<PracticeReviewEvent> events) {
        PracticeReviewState state = new PracticeReviewState();
        events.forEach(state::evolve);
        return state;
    }

    /** The state of these facts, each checked against the facts before it; throws the first refusal. */
    public static PracticeReviewState checked(List<PracticeReviewEvent> events) {
        return checked(events, 0);
    }

    /**
     * The state of these facts, each from {@code from} on checked against the facts before it (the facts before
     * {@code from} are the record as it stands, which a later fact cannot change); throws the first refusal.
     */
    public static PracticeReviewState checked(List<PracticeReviewEvent> events, int from) {
        PracticeReviewState state = new PracticeReviewState();
        for (int i = 0; i < events.size(); i++) {
            if (i >= from) {
                state.check(events.get(i));
            }
            state.evolve(events.get(i));
        }
        return state;
    }

    /** The fold's step: the state after one more fact. */
    public PracticeReviewState evolve(PracticeReviewEvent event) {
        if (event instanceof PracticeReviewCommissioned e) {
            commissioned = e;
        } else if (event instanceof ReviewerAppointed e) {
            reviewers.add(new Reviewer(e.reviewer(), e.appointedOn()));
        } else if (event instanceof PublicationDelayRecorded e) {
            delays.add(new Delay(e.recordedOn(), e.reason(), e.expectedOn()));
        } else if (event instanceof FinalReportSent e) {
            finalReports.add(e.sentOn());
        } else if (event instanceof PracticeReviewPublished e) {
            publications.add(new Publication(e.publishedOn(), e.url(), e.scope()));
        } else if (event instanceof PublicationWithheld e) {
            withholdings.add(new Withholding(e.decidedOn(), e.reason()));
        }
        return this;
    }

    /** Refuses the fact when it cannot follow the facts before it (this state). */
    public void check(PracticeReviewEvent event) {
        if (event instanceof PracticeReviewCommissioned) {
            refuseUnless(commissioned == null, reference() + " was already commissioned");
            return;
        }
        if (event instanceof PracticeReviewFactCorrected) {
            return;
        }
        String field = dateField(event);
        if (event.on().isBefore(commissioned.decidedOn())) {
            throw new InvalidCommandException(field, field + " " + event.on() + " is before the decision to initiate the review ("
                    + commissioned.decidedOn() + ")");
        }
        Publication full = publications.stream().filter(p -> p.scope() == PublicationScope.FULL).findFirst().orElse(null);
        if (event instanceof PracticeReviewPublished e) {
            refuseUnless(full == null, reference() + " was already published in full on " + (full == null ? null : full.publishedOn()));
            refuseUnless(e.scope() == PublicationScope.FULL || publications.isEmpty(), "the improvements of " + reference()
                    + " were already published on " + (publications.isEmpty() ? null : publications.get(0).publishedOn())
                    + "; a later publication can only be the full report");
        } else if (event instanceof PublicationWithheld) {
            refuseUnless(full == null, "publication of " + reference() + " cannot be withheld: it was published in full on "
                    + (full == null ? null : full.publishedOn()));
            refuseUnless(withholdings.isEmpty(), "publication of " + reference() + " was already withheld on "
                    + (withholdings.isEmpty() ? null : withholdings.get(0).decidedOn()));
        }
    }

    static String dateField(PracticeReviewEvent event) {
        if (event instanceof ReviewerAppointed) {
            return "appointedOn";
        } else if (event instanceof PublicationDelayRecorded) {
            return "recordedOn";
        } else if (event instanceof FinalReportSent) {
            return "sentOn";
        } else if (event instanceof PracticeReviewPublished) {
            return "publishedOn";
        }
        return "decidedOn";
    }

    /**
     * The kind's statutory milestones (configuration). PUBLICATION is due 6 months after the decision, whatever delay is
     * recorded, and done by the first publication (withholding the full report does not complete it). FINAL_REPORT is due
     * 7 working days before publication (the actual one, or the due date while there is none), and MISSED from the
     * publication if it had not been sent by then.
     */
    public List<MilestoneDates> milestones(StatutoryClock clock) {
        List<MilestoneDates> milestones = new ArrayList<>();
        LocalDate publicationDue = clock.publicationDue(commissioned.decidedOn());
        LocalDate publishedOn = firstPublishedOn();
        for (Milestone milestone : clock.reviewMilestones(commissioned.kind().name())) {
            if (milestone == Milestone.PUBLICATION) {
                milestones.add(new MilestoneDates(Milestone.PUBLICATION, publicationDue, publishedOn, null, null, true));
            } else if (milestone == Milestone.FINAL_REPORT) {
                milestones.add(new MilestoneDates(Milestone.FINAL_REPORT,
                        clock.finalReportDue(publishedOn != null ? publishedOn : publicationDue),
                        finalReports.isEmpty() ? null : finalReports.get(0), null, publishedOn, true));
            }
        }
        return milestones;
    }

    // --- what the state tells

    public boolean exists() {
        return commissioned != null;
    }

    public PracticeReviewCommissioned commission() {
        return commissioned;
    }

    public String practiceReviewId() {
        return commissioned == null ? null : commissioned.practiceReviewId();
    }

    public String reference() {
        return commissioned == null ? null : commissioned.reference();
    }

    public PracticeReviewStatus status() {
        if (!publications.isEmpty()) {
            return PracticeReviewStatus.PUBLISHED;
        }
        if (!withholdings.isEmpty()) {
            return PracticeReviewStatus.WITHHELD;
        }
        if (!finalReports.isEmpty()) {
            return PracticeReviewStatus.FINAL_REPORT_SENT;
        }
        return reviewers.isEmpty() ? PracticeReviewStatus.COMMISSIONED : PracticeReviewStatus.REVIEWER_APPOINTED;
    }

    public List<Reviewer> reviewers() {
        return List.copyOf(reviewers);
    }

    public List<Delay> delays() {
        return List.copyOf(delays);
    }

    /** The latest delay recorded, or null. */
    public Delay delay() {
        return delays.isEmpty() ? null : delays.get(delays.size() - 1);
    }

    public LocalDate finalReportSentOn() {
        return finalReports.isEmpty() ? null : finalReports.get(0);
    }

    public List<LocalDate> finalReports() {
        return List.copyOf(finalReports);
    }

    public List<Publication> publications() {
        return List.copyOf(publications);
    }

    /** The first publication (improvements only or full), or null. */
    public Publication publication() {
        return publications.isEmpty() ? null : publications.get(0);
    }

    public LocalDate firstPublishedOn() {
        return publications.isEmpty() ? null : publications.get(0).publishedOn();
    }

    public List<Withholding> withholdings() {
        return List.copyOf(withholdings);
    }

    public Withholding withholding() {
        return withholdings.isEmpty() ? null : withholdings.get(0);
    }
}
