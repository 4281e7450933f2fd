package uk.org.casereview.api.pages.forms;

import org.springframework.stereotype.Component;
import uk.org.casereview.api.pages.Words;
import uk.org.casereview.api.practicereview.PracticeReviewController;
import uk.org.casereview.api.practicereview.PracticeReviewRequests;
import uk.org.casereview.domain.practicereview.JointPartner;
import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.practicereview.PublicationScope;
import uk.org.casereview.domain.referencedata.ReferenceData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static uk.org.casereview.api.pages.forms.Question.Choice;
import static uk.org.casereview.api.pages.forms.Question.checkboxes;
import static uk.org.casereview.api.pages.forms.Question.date;
import static uk.org.casereview.api.pages.forms.Question.lines;
import static uk.org.casereview.api.pages.forms.Question.radios;
import static uk.org.casereview.api.pages.forms.Question.text;
import static uk.org.casereview.api.pages.forms.Question.textarea;

/** The recorder's forms for a practice review, from its commissioning to its publication or withholding. */
@Component
public class PracticeReviewForms implements FormDefinitions {

    private final PracticeReviewController practiceReviews;
    private final ReferenceData referenceData;
    private final Words words;

    public PracticeReviewForms(PracticeReviewController practiceReviews, ReferenceData referenceData, Words words) {
        this.practiceReviews = practiceReviews;
        this.referenceData = referenceData;
        this.words = words;
    }

    @Override
    public List<CommandForm<?>> forms() {
        return List.of(
                CommandForm.of("commission", PracticeReviewRequests.Commission.class)
                        .title("Commission a practice review", "Practice review commissioned")
                        .back(target -> target.id() == null ? "/practice-reviews" : "/rapid-reviews/" + target.id())
                        .fixed(target -> {
                            Map<String, Object> fixed = new HashMap<>();
                            fixed.put("rapidReviewId", target.id());
                            return fixed;
                        })
                        .questions(text("reference", "Reference").hint("For example, CSPR-2025-02"),
                                radios("kind", "Kind of review", Choice.of(PracticeReviewKind.values(), words::of)),
                                text("title", "Title"),
                                date("decidedOn", "When was the decision to initiate the review?"),
                                lines("children", "Children (optional)").hint("One pseudonym a line, for example Child R. Never a name."),
                                checkboxes("themes", "Learning themes", Choice.of(referenceData.themes())),
                                checkboxes("jointWith", "Held jointly with (a joint review only)", Choice.of(JointPartner.values(), words::of))
                                        .hint("Select all that apply"))
                        .sends((target, body) -> page(practiceReviews.commission(body).getBody().id())),
                CommandForm.of("reviewer", PracticeReviewRequests.Reviewer.class)
                        .title("Record the lead reviewer's appointment", "Reviewer recorded")
                        .back(target -> page(target.id()))
                        .questions(text("reviewer", "Lead reviewer"), date("appointedOn", "When was the reviewer appointed?"))
                        .sends((target, body) -> page(practiceReviews.reviewer(target.id(), body).getBody().id())),
                CommandForm.of("delay", PracticeReviewRequests.Delay.class)
                        .title("Record a publication delay", "Delay recorded")
                        .back(target -> page(target.id()))
                        .questions(date("recordedOn", "When was the delay recorded?"),
                                textarea("reason", "Reason").hint("For example, a criminal trial or an inquest"),
                                date("expectedOn", "Expected publication date (optional)"))
                        .sends((target, body) -> page(practiceReviews.delay(target.id(), body).getBody().id())),
                CommandForm.of("final-report", PracticeReviewRequests.FinalReport.class)
                        .title("Record the final report sent to the National Panel and the Secretary of State", "Final report recorded")
                        .back(target -> page(target.id()))
                        .questions(date("sentOn", "When was the final report sent?"))
                        .sends((target, body) -> page(practiceReviews.finalReport(target.id(), body).getBody().id())),
                CommandForm.of("publication", PracticeReviewRequests.Publication.class)
                        .title("Record the publication", "Publication recorded")
                        .back(target -> page(target.id()))
                        .questions(date("publishedOn", "When was it published?"), text("url", "Web address of the report"),
                                radios("scope", "What was published?", Choice.of(PublicationScope.values(), words::of)))
                        .sends((target, body) -> page(practiceReviews.publication(target.id(), body).getBody().id())),
                CommandForm.of("withholding", PracticeReviewRequests.Withholding.class)
                        .title("Record that publication is withheld", "Withholding recorded")
                        .back(target -> page(target.id()))
                        .questions(date("decidedOn", "When was it decided?"), textarea("reason", "Reason"))
                        .sends((target, body) -> page(practiceReviews.withholding(target.id(), body).getBody().id())));
    }

    private static String page(String id) {
        return "/practice-reviews/" + id;
    }
}
