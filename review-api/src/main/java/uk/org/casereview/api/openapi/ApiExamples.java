package uk.org.casereview.api.openapi;

import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneState;
import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.practicereview.PublicationScope;
import uk.org.casereview.domain.rapidreview.HarmCategory;
import uk.org.casereview.domain.rapidreview.Outcome;
import uk.org.casereview.domain.rapidreview.PanelResponse;
import uk.org.casereview.domain.rapidreview.RapidReviewDecision;
import uk.org.casereview.domain.recommendation.ActionStatus;
import uk.org.casereview.domain.practicereview.PracticeReviewStatus;
import uk.org.casereview.projections.practicereview.PracticeReviewView;
import uk.org.casereview.domain.rapidreview.RapidReviewStatus;
import uk.org.casereview.projections.rapidreview.RapidReviewView;
import uk.org.casereview.domain.recommendation.RecommendationStatus;
import uk.org.casereview.projections.recommendation.RecommendationView;
import uk.org.casereview.projections.readmodel.MilestoneView;
import uk.org.casereview.projections.readmodel.Page;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Response examples for the OpenAPI description, in the partnership's words (a fictional Child R). */
final class ApiExamples {

    static final String RAPID_REVIEW_ID = "0195f3a2-7c1e-7d44-9a1b-2f6c0e8d4a11";
    static final String PRACTICE_REVIEW_ID = "0195f3a4-1b2c-7e55-8c2d-3a7d1f9e5b22";
    static final String RECOMMENDATION_ID = "0195f3a6-9d3e-7f66-9e3f-4b8e2a0f6c33";

    private ApiExamples() {
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static RapidReviewView rapidReview() {
        return new RapidReviewView(RAPID_REVIEW_ID, "RR-2024-07", RapidReviewStatus.PANEL_AGREED, List.of("Child R"),
                Outcome.DIED, d("2024-05-02"), d("2024-05-07"), List.of(HarmCategory.NEGLECT), List.of("NEGLECT", "BABIES_AND_INFANTS"),
                List.of(new RapidReviewView.Meeting(d("2024-05-14"), List.of("CHILDRENS_SOCIAL_CARE", "POLICE", "INTEGRATED_CARE_BOARD"))),
                new RapidReviewView.Decision(d("2024-05-21"), RapidReviewDecision.CSPR,
                        "Agencies did not share concerns about the baby's weight loss; wider learning for the partnership"),
                List.of(), List.of(d("2024-05-24")),
                List.of(new RapidReviewView.Response(d("2024-06-14"), PanelResponse.AGREED, "The Panel agrees a local CSPR is appropriate.")),
                null,
                List.of(new MilestoneView(Milestone.NOTIFICATION, d("2024-05-10"), d("2024-05-07"), MilestoneState.MET, true, null, null),
                        new MilestoneView(Milestone.RAPID_REVIEW, d("2024-05-29"), d("2024-05-24"), MilestoneState.MET, true, null, null),
                        new MilestoneView(Milestone.PANEL_RESPONSE, d("2024-06-17"), d("2024-06-14"), MilestoneState.MET, false,
                                "informational: the National Panel has no statutory response time", null)),
                d("2025-06-30"), 4);
    }

    static PracticeReviewView practiceReview() {
        PracticeReviewView.Publication publication = new PracticeReviewView.Publication(d("2025-01-08"),
                "https://lscp.example.org/reviews/child-r", PublicationScope.FULL);
        return new PracticeReviewView(PRACTICE_REVIEW_ID, "CSPR-2024-03", PracticeReviewKind.CSPR, List.of(), RAPID_REVIEW_ID,
                "Child R: a baby whose weight loss went unnoticed", PracticeReviewStatus.PUBLISHED, d("2024-05-21"),
                List.of("Child R"), List.of("NEGLECT", "BABIES_AND_INFANTS"),
                new PracticeReviewView.Reviewer("Dr A. Reviewer", d("2024-06-10")), List.of(),
                List.of(new PracticeReviewView.Delay(d("2024-11-04"), "Criminal trial of the father listed for December", d("2025-01-08"))),
                d("2024-12-27"), publication, List.of(publication), null,
                List.of(new MilestoneView(Milestone.FINAL_REPORT, d("2024-12-27"), d("2024-12-27"), MilestoneState.MET, true,
                                "to the National Panel and the Secretary of State", null),
                        new MilestoneView(Milestone.PUBLICATION, d("2024-11-21"), d("2025-01-08"), MilestoneState.MISSED, true, null,
                                new MilestoneView.Delay(d("2024-11-04"), "Criminal trial of the father listed for December", d("2025-01-08"), true))),
                d("2025-06-30"), 3);
    }

    static RecommendationView.ActionView action() {
        return new RecommendationView.ActionView("1", "Audit 50 new-birth visit records for contact with fathers",
                "COMMUNITY_HEALTH", "Head of health visiting", d("2024-12-10"), d("2025-06-30"), d("2025-03-31"),
                ActionStatus.EVIDENCE_SUBMITTED, Rag.AMBER, 0, null, null,
                List.of(new RecommendationView.Reassignment(d("2025-01-06"), "PRIMARY_CARE", "Named GP for safeguarding", "COMMUNITY_HEALTH",
                        "Head of health visiting", "Health visitors see every family at the new-birth visit")),
                List.of(new RecommendationView.DueDateRevision(d("2025-03-20"), d("2025-03-31"), d("2025-06-30"),
                        "Records system migration delayed the audit")),
                List.of(new RecommendationView.Progress(d("2025-02-01"), "30 of 50 records audited; template changed to prompt for fathers")),
                List.of(new RecommendationView.Evidence(d("2025-06-20"), "Audit report: fathers seen at 46 of 50 visits",
                        "https://sharepoint.example.org/lscp/audits/fathers-2025.pdf", null, null, null)));
    }

    static RecommendationView recommendation() {
        return new RecommendationView(RECOMMENDATION_ID, PRACTICE_REVIEW_ID, "CSPR-2024-03", "3",
                "Health visitors routinely ask about and see fathers and male carers at new-birth visits",
                List.of("FATHERS_AND_MALE_CARERS", "BABIES_AND_INFANTS"), d("2024-11-21"), RecommendationStatus.IN_PROGRESS,
                Rag.AMBER, new RecommendationView.Response(d("2024-12-05"), true, "Accepted by the partnership executive"),
                List.of(new RecommendationView.Response(d("2024-12-05"), true, "Accepted by the partnership executive")),
                null, List.of(), List.of(), List.of(action()), d("2025-06-30"), 6);
    }

    /** The example body for a response schema, by the schema's name; null when there is none. */
    static Object forSchema(String schemaName) {
        Map<String, Object> examples = Map.of(
                "RapidReviewView", rapidReview(),
                "PracticeReviewView", practiceReview(),
                "RecommendationView", recommendation(),
                "ActionView", action(),
                "PageRapidReviewView", new Page<>(List.of(rapidReview()), 1, 0, 20),
                "PagePracticeReviewView", new Page<>(List.of(practiceReview()), 1, 0, 20),
                "PageRecommendationView", new Page<>(List.of(recommendation()), 1, 0, 20));
        return examples.get(schemaName);
    }
}
