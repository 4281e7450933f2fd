package uk.org.casereview.api.pages.forms;

import org.springframework.stereotype.Component;
import uk.org.casereview.api.pages.Words;
import uk.org.casereview.api.rapidreview.RapidReviewController;
import uk.org.casereview.api.rapidreview.RapidReviewRequests;
import uk.org.casereview.domain.rapidreview.HarmCategory;
import uk.org.casereview.domain.rapidreview.Outcome;
import uk.org.casereview.domain.rapidreview.NotRequiredBasis;
import uk.org.casereview.domain.rapidreview.PanelResponse;
import uk.org.casereview.domain.rapidreview.RapidReviewDecision;
import uk.org.casereview.domain.referencedata.ReferenceData;

import java.util.List;

import static uk.org.casereview.api.pages.forms.Question.Choice;
import static uk.org.casereview.api.pages.forms.Question.checkboxes;
import static uk.org.casereview.api.pages.forms.Question.date;
import static uk.org.casereview.api.pages.forms.Question.lines;
import static uk.org.casereview.api.pages.forms.Question.radios;
import static uk.org.casereview.api.pages.forms.Question.text;
import static uk.org.casereview.api.pages.forms.Question.textarea;

/** The recorder's forms from the serious incident notification to the National Panel's response. */
@Component
public class RapidReviewForms implements FormDefinitions {

    private final RapidReviewController rapidReviews;
    private final ReferenceData referenceData;
    private final Words words;

    public RapidReviewForms(RapidReviewController rapidReviews, ReferenceData referenceData, Words words) {
        this.rapidReviews = rapidReviews;
        this.referenceData = referenceData;
        this.words = words;
    }

    @Override
    public List<CommandForm<?>> forms() {
        return List.of(
                CommandForm.of("notification", RapidReviewRequests.Notify.class)
                        .title("Record a serious incident notification", "Notification recorded")
                        .back(target -> "/rapid-reviews")
                        .questions(text("reference", "Reference").hint("The partnership's reference, for example RR-2025-03"),
                                lines("children", "Children").hint("One pseudonym a line, up to 4, for example Child R. Never a name."),
                                radios("outcome", "What happened to the child?", Choice.of(Outcome.values(), words::of)),
                                date("awareOn", "When did the local authority become aware?").hint("For example, 2 5 2025"),
                                date("notifiedOn", "When was the National Panel notified?").hint("For example, 7 5 2025"),
                                checkboxes("harmCategories", "Harm", Choice.of(HarmCategory.values(), words::of)),
                                checkboxes("themes", "Learning themes", Choice.of(referenceData.themes())))
                        .sends((target, body) -> page(rapidReviews.notifyIncident(body).getBody().id())),
                CommandForm.of("meeting", RapidReviewRequests.Meeting.class)
                        .title("Record a rapid review meeting", "Meeting recorded")
                        .back(target -> page(target.id()))
                        .questions(date("heldOn", "When was the meeting held?"),
                                checkboxes("agencies", "Agencies present", Choice.of(referenceData.agencies())))
                        .sends((target, body) -> page(rapidReviews.meeting(target.id(), body).getBody().id())),
                CommandForm.of("decision", RapidReviewRequests.Decision.class)
                        .title("Record the rapid review decision", "Decision recorded")
                        .back(target -> page(target.id()))
                        .questions(date("decidedOn", "When was it decided?"),
                                radios("decision", "Decision", Choice.of(RapidReviewDecision.values(), words::of)),
                                textarea("rationale", "Rationale"))
                        .sends((target, body) -> page(rapidReviews.decision(target.id(), body).getBody().id())),
                CommandForm.of("submission", RapidReviewRequests.Submission.class)
                        .title("Record the submission to the National Panel", "Submission recorded")
                        .back(target -> page(target.id()))
                        .questions(date("submittedOn", "When was the rapid review sent to the National Panel?"))
                        .sends((target, body) -> page(rapidReviews.submission(target.id(), body).getBody().id())),
                CommandForm.of("panel-response", RapidReviewRequests.PanelResponseBody.class)
                        .title("Record the National Panel's response", "Panel response recorded")
                        .back(target -> page(target.id()))
                        .questions(date("respondedOn", "When did the Panel respond?"),
                                radios("response", "Response", Choice.of(PanelResponse.values(), words::of)),
                                textarea("comments", "Comments (optional)"))
                        .sends((target, body) -> page(rapidReviews.panelResponse(target.id(), body).getBody().id())),
                CommandForm.of("not-required", RapidReviewRequests.NotRequired.class)
                        .title("Record that no rapid review is needed", "Rapid review recorded as not required")
                        .back(target -> page(target.id()))
                        .questions(date("decidedOn", "When did the partners decide?"),
                                radios("basis", "Why is no rapid review needed?", Choice.of(NotRequiredBasis.values(), words::of)),
                                textarea("reason", "Reason"))
                        .sends((target, body) -> page(rapidReviews.notRequired(target.id(), body).getBody().id())));
    }

    private static String page(String id) {
        return "/rapid-reviews/" + id;
    }
}
