package uk.org.casereview.projections.support;

import uk.org.casereview.domain.practicereview.FinalReportSent;
import uk.org.casereview.domain.practicereview.PracticeReviewCommissioned;
import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.practicereview.PracticeReviewPublished;
import uk.org.casereview.domain.practicereview.PublicationDelayRecorded;
import uk.org.casereview.domain.practicereview.PublicationScope;
import uk.org.casereview.domain.practicereview.PublicationWithheld;
import uk.org.casereview.domain.practicereview.ReviewerAppointed;
import uk.org.casereview.domain.rapidreview.HarmCategory;
import uk.org.casereview.domain.rapidreview.NationalPanelResponded;
import uk.org.casereview.domain.rapidreview.Outcome;
import uk.org.casereview.domain.rapidreview.PanelResponse;
import uk.org.casereview.domain.rapidreview.RapidReviewDecision;
import uk.org.casereview.domain.rapidreview.RapidReviewDecisionRecorded;
import uk.org.casereview.domain.rapidreview.RapidReviewMeetingHeld;
import uk.org.casereview.domain.rapidreview.RapidReviewSubmittedToPanel;
import uk.org.casereview.domain.rapidreview.SeriousIncidentNotified;
import uk.org.casereview.domain.recommendation.ActionAssigned;
import uk.org.casereview.domain.recommendation.ActionDueDateRevised;
import uk.org.casereview.domain.recommendation.ActionEvidenceAccepted;
import uk.org.casereview.domain.recommendation.ActionEvidenceReturned;
import uk.org.casereview.domain.recommendation.ActionEvidenced;
import uk.org.casereview.domain.recommendation.ActionProgressReported;
import uk.org.casereview.domain.recommendation.RecommendationAccepted;
import uk.org.casereview.domain.recommendation.RecommendationClosed;
import uk.org.casereview.domain.recommendation.RecommendationDeclined;
import uk.org.casereview.domain.recommendation.RecommendationMade;

import java.time.LocalDate;
import java.util.List;

/** Short builders for the domain events, with ISO dates as text. Children are pseudonyms only. */
public final class Events {

    private Events() {
    }

    public static LocalDate d(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    // rapid reviews

    public static SeriousIncidentNotified notified(String id, String reference, Outcome outcome, String awareOn, String notifiedOn,
                                                   String... themes) {
        return new SeriousIncidentNotified(id, reference, List.of("Child " + reference), outcome, d(awareOn), d(notifiedOn),
                List.of(HarmCategory.NEGLECT), List.of(themes));
    }

    public static RapidReviewMeetingHeld meeting(String id, String heldOn, String... agencies) {
        return new RapidReviewMeetingHeld(id, d(heldOn), List.of(agencies));
    }

    public static RapidReviewDecisionRecorded decision(String id, String decidedOn, RapidReviewDecision decision, String rationale) {
        return new RapidReviewDecisionRecorded(id, d(decidedOn), decision, rationale);
    }

    public static RapidReviewSubmittedToPanel submitted(String id, String submittedOn) {
        return new RapidReviewSubmittedToPanel(id, d(submittedOn));
    }

    public static NationalPanelResponded panel(String id, String respondedOn, PanelResponse response, String comments) {
        return new NationalPanelResponded(id, d(respondedOn), response, comments);
    }

    // practice reviews

    public static PracticeReviewCommissioned commissioned(String id, String reference, PracticeReviewKind kind, String rapidReviewId,
                                                          String decidedOn, String... themes) {
        return new PracticeReviewCommissioned(id, reference, kind, rapidReviewId, "Review " + reference, d(decidedOn),
                List.of("Child " + reference), List.of(themes), List.of());
    }

    public static ReviewerAppointed reviewer(String id, String reviewer, String appointedOn) {
        return new ReviewerAppointed(id, reviewer, d(appointedOn));
    }

    public static PublicationDelayRecorded delay(String id, String recordedOn, String reason, String expectedOn) {
        return new PublicationDelayRecorded(id, d(recordedOn), reason, d(expectedOn));
    }

    public static FinalReportSent finalReport(String id, String sentOn) {
        return new FinalReportSent(id, d(sentOn));
    }

    public static PracticeReviewPublished published(String id, String publishedOn) {
        return new PracticeReviewPublished(id, d(publishedOn), "https://lscp.example.org/reviews/" + id, PublicationScope.FULL);
    }

    public static PublicationWithheld withheld(String id, String decidedOn, String reason) {
        return new PublicationWithheld(id, d(decidedOn), reason);
    }

    // recommendations

    public static RecommendationMade made(String id, String sourceId, String number, String madeOn, String... themes) {
        return new RecommendationMade(id, sourceId, number, "Recommendation " + number + " of " + sourceId, List.of(themes), d(madeOn));
    }

    public static RecommendationAccepted accepted(String id, String respondedOn) {
        return new RecommendationAccepted(id, d(respondedOn), null);
    }

    public static RecommendationDeclined declined(String id, String respondedOn, String rationale) {
        return new RecommendationDeclined(id, d(respondedOn), rationale);
    }

    public static ActionAssigned assigned(String id, String actionId, String agency, String assignedOn, String dueOn) {
        return new ActionAssigned(id, actionId, "Action " + actionId + " of " + id, agency, "Lead of " + agency, d(assignedOn), d(dueOn));
    }

    public static ActionProgressReported progress(String id, String actionId, String reportedOn, String note) {
        return new ActionProgressReported(id, actionId, d(reportedOn), note);
    }

    public static ActionDueDateRevised revised(String id, String actionId, String revisedOn, String previousDueOn, String dueOn,
                                               String reason) {
        return new ActionDueDateRevised(id, actionId, d(revisedOn), d(previousDueOn), d(dueOn), reason);
    }

    public static ActionEvidenced evidenced(String id, String actionId, String submittedOn, String summary) {
        return new ActionEvidenced(id, actionId, d(submittedOn), summary, null);
    }

    public static ActionEvidenceAccepted evidenceAccepted(String id, String actionId, String reviewedOn) {
        return new ActionEvidenceAccepted(id, actionId, d(reviewedOn), null);
    }

    public static ActionEvidenceReturned evidenceReturned(String id, String actionId, String reviewedOn, String reason) {
        return new ActionEvidenceReturned(id, actionId, d(reviewedOn), reason);
    }

    public static RecommendationClosed closed(String id, String closedOn, String impactStatement) {
        return new RecommendationClosed(id, d(closedOn), impactStatement, null);
    }
}
