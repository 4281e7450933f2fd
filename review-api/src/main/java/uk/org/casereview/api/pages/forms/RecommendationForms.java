package uk.org.casereview.api.pages.forms;

import org.springframework.stereotype.Component;
import uk.org.casereview.api.recommendation.RecommendationController;
import uk.org.casereview.api.recommendation.RecommendationRequests;
import uk.org.casereview.domain.referencedata.ReferenceData;

import java.util.List;
import java.util.Map;

import static uk.org.casereview.api.pages.forms.Question.Choice;
import static uk.org.casereview.api.pages.forms.Question.checkboxes;
import static uk.org.casereview.api.pages.forms.Question.date;
import static uk.org.casereview.api.pages.forms.Question.select;
import static uk.org.casereview.api.pages.forms.Question.text;
import static uk.org.casereview.api.pages.forms.Question.textarea;
import static uk.org.casereview.api.pages.forms.Question.yesNo;
import static uk.org.casereview.api.security.Roles.AGENCY_LEAD;
import static uk.org.casereview.api.security.Roles.RECORDER;

/**
 * The forms of a recommendation from its making to its closure: the recorder's, and the progress and evidence that an
 * agency lead reports on its own agency's actions (the API's controller refuses any other agency's).
 */
@Component
public class RecommendationForms implements FormDefinitions {

    private final RecommendationController recommendations;
    private final ReferenceData referenceData;

    public RecommendationForms(RecommendationController recommendations, ReferenceData referenceData) {
        this.recommendations = recommendations;
        this.referenceData = referenceData;
    }

    @Override
    public List<CommandForm<?>> forms() {
        return List.of(
                CommandForm.of("recommendation", RecommendationRequests.Make.class)
                        .title("Record a recommendation", "Recommendation recorded")
                        .back(target -> "/recommendations")
                        .fixed(target -> Map.of("sourceId", target.id() == null ? "" : target.id()))
                        .questions(text("number", "Number").hint("As numbered in the review, for example 3"),
                                textarea("text", "Recommendation"),
                                checkboxes("themes", "Learning themes", Choice.of(referenceData.themes())),
                                date("madeOn", "When was it made?"))
                        .sends((target, body) -> page(recommendations.make(body).getBody().id())),
                CommandForm.of("response", RecommendationRequests.Response.class)
                        .title("Record the partnership's response", "Response recorded")
                        .back(target -> page(target.id()))
                        .questions(date("respondedOn", "When did the partnership respond?"),
                                yesNo("accepted", "Response", "Accepted", "Declined"),
                                textarea("rationale", "Rationale").hint("Required when the recommendation is declined"))
                        .sends((target, body) -> page(recommendations.respond(target.id(), body).getBody().id())),
                CommandForm.of("action", RecommendationRequests.Assign.class)
                        .title("Assign an action to an agency", "Action assigned")
                        .back(target -> page(target.id()))
                        .questions(textarea("description", "Action"),
                                select("agency", "Agency", Choice.of(referenceData.agencies())),
                                text("owner", "Owner").hint("A role, for example Head of health visiting"),
                                date("assignedOn", "When was it assigned?"),
                                date("dueOn", "When is it due?"))
                        .sends((target, body) -> {
                            recommendations.assign(target.id(), body);
                            return page(target.id());
                        }),
                CommandForm.of("progress", RecommendationRequests.Progress.class)
                        .title("Report progress on the action", "Progress reported")
                        .roles(RECORDER, AGENCY_LEAD)
                        .back(target -> page(target.id()))
                        .questions(date("reportedOn", "Date of the progress"), textarea("note", "What has been done"))
                        .sends((target, body) -> {
                            recommendations.progress(target.id(), target.actionId(), body);
                            return page(target.id());
                        }),
                CommandForm.of("evidence", RecommendationRequests.Evidence.class)
                        .title("Submit evidence that the action is done", "Evidence submitted")
                        .roles(RECORDER, AGENCY_LEAD)
                        .back(target -> page(target.id()))
                        .questions(date("submittedOn", "Date of the evidence"), textarea("summary", "Summary of the evidence"),
                                text("link", "Link to the evidence (optional)"))
                        .sends((target, body) -> {
                            recommendations.evidence(target.id(), target.actionId(), body);
                            return page(target.id());
                        }),
                CommandForm.of("due-date", RecommendationRequests.DueDate.class)
                        .title("Revise the action's due date", "Due date revised")
                        .back(target -> page(target.id()))
                        .questions(date("revisedOn", "When was it revised?"), date("dueOn", "New due date"),
                                textarea("reason", "Reason"))
                        .sends((target, body) -> {
                            recommendations.dueDate(target.id(), target.actionId(), body);
                            return page(target.id());
                        }),
                CommandForm.of("evidence-review", RecommendationRequests.EvidenceReview.class)
                        .title("Review the evidence", "Evidence reviewed")
                        .back(target -> page(target.id()))
                        .questions(date("reviewedOn", "When was it reviewed?"),
                                yesNo("accepted", "Decision", "Accept the evidence: the action is complete", "Return the evidence"),
                                textarea("comment", "Comment").hint("Required when the evidence is returned"))
                        .sends((target, body) -> {
                            recommendations.evidenceReview(target.id(), target.actionId(), body);
                            return page(target.id());
                        }),
                CommandForm.of("closure", RecommendationRequests.Closure.class)
                        .title("Close the recommendation", "Recommendation closed")
                        .back(target -> page(target.id()))
                        .questions(date("closedOn", "When was it closed?"),
                                textarea("impactStatement", "Impact statement").hint("What difference it made for children"),
                                textarea("rationale", "Rationale").hint("Required when the recommendation has no action:"
                                        + " why it is accepted as already in place"))
                        .sends((target, body) -> page(recommendations.close(target.id(), body).getBody().id())),
                CommandForm.of("cancellation", RecommendationRequests.Cancellation.class)
                        .title("Cancel the action", "Action cancelled")
                        .back(target -> page(target.id()))
                        .questions(date("cancelledOn", "When was it withdrawn or superseded?"), textarea("reason", "Reason"))
                        .sends((target, body) -> {
                            recommendations.cancel(target.id(), target.actionId(), body);
                            return page(target.id());
                        }),
                CommandForm.of("reassignment", RecommendationRequests.Reassignment.class)
                        .title("Reassign the action", "Action reassigned")
                        .back(target -> page(target.id()))
                        .questions(date("reassignedOn", "When was it reassigned?"),
                                select("agency", "Agency", Choice.of(referenceData.agencies())),
                                text("owner", "Owner").hint("A role, for example Head of housing options"),
                                textarea("reason", "Reason"))
                        .sends((target, body) -> {
                            recommendations.reassign(target.id(), target.actionId(), body);
                            return page(target.id());
                        }),
                CommandForm.of("reopening", RecommendationRequests.Reopening.class)
                        .title("Reopen the recommendation", "Recommendation reopened")
                        .back(target -> page(target.id()))
                        .questions(date("reopenedOn", "When was it reopened?"), textarea("reason", "Reason"))
                        .sends((target, body) -> page(recommendations.reopen(target.id(), body).getBody().id())),
                CommandForm.of("impact-review", RecommendationRequests.ImpactReview.class)
                        .title("Record an impact review", "Impact review recorded")
                        .back(target -> page(target.id()))
                        .questions(date("reviewedOn", "When was the impact reviewed?"),
                                textarea("finding", "What did the review find?"),
                                yesNo("embedded", "Has the change lasted?", "Yes, it is embedded", "No, not yet"))
                        .sends((target, body) -> page(recommendations.impactReview(target.id(), body).getBody().id())));
    }

    private static String page(String id) {
        return "/recommendations/" + id;
    }
}
