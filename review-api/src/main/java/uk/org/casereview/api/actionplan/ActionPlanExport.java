package uk.org.casereview.api.actionplan;

import org.springframework.stereotype.Component;
import uk.org.casereview.domain.recommendation.ActionStatus;
import uk.org.casereview.projections.practicereview.PracticeReviewQueries;
import uk.org.casereview.projections.practicereview.PracticeReviewView;
import uk.org.casereview.projections.recommendation.RecommendationFilter;
import uk.org.casereview.projections.recommendation.RecommendationQueries;
import uk.org.casereview.projections.recommendation.RecommendationView;
import uk.org.casereview.projections.readmodel.Page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static uk.org.casereview.api.actionplan.ActionPlanColumns.*;

/**
 * The register as an action plan: the recommendations of the list (its filters, as of a date), one row per action and
 * one row for a recommendation with no action, in the columns an import reads. An export imports back into an empty
 * tracker: a cancelled action's date and reason go in completed_on and evidence_summary, an action in progress carries
 * its latest evidence or progress note, and a recommendation of a rapid review has the source kind RAPID_REVIEW (that
 * rapid review must be recorded first, from its notification).
 */
@Component
public class ActionPlanExport {

    private static final int PAGE = 500;

    private final RecommendationQueries recommendations;
    private final PracticeReviewQueries practiceReviews;

    public ActionPlanExport(RecommendationQueries recommendations, PracticeReviewQueries practiceReviews) {
        this.recommendations = recommendations;
        this.practiceReviews = practiceReviews;
    }

    public List<Map<String, String>> rows(RecommendationFilter filter, LocalDate asOf) {
        List<RecommendationView> views = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<RecommendationView> items = recommendations.list(filter, asOf, page, PAGE);
            views.addAll(items.items());
            if ((long) (page + 1) * PAGE >= items.total() || items.items().isEmpty()) {
                break;
            }
        }
        // the register in the order it was made: oldest first, the way a plan is read and imported
        java.util.Collections.reverse(views);
        Map<String, Optional<PracticeReviewView>> sources = new HashMap<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (RecommendationView view : views) {
            Optional<PracticeReviewView> source = sources.computeIfAbsent(view.sourceId(), id -> practiceReviews.find(id, asOf));
            if (view.actions().isEmpty()) {
                rows.add(row(view, source, null));
            }
            view.actions().forEach(action -> rows.add(row(view, source, action)));
        }
        return rows;
    }

    private static Map<String, String> row(RecommendationView view, Optional<PracticeReviewView> source, RecommendationView.ActionView action) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(SOURCE_REFERENCE, view.sourceReference());
        row.put(SOURCE_KIND, source.map(s -> s.kind().name()).orElse(PlanCells.RAPID_REVIEW));
        row.put(SOURCE_TITLE, source.map(PracticeReviewView::title).orElse(null));
        row.put(SOURCE_DECIDED_ON, source.map(s -> text(s.decidedOn())).orElse(null));
        row.put(RECOMMENDATION_NUMBER, view.number());
        row.put(RECOMMENDATION_TEXT, view.text());
        row.put(THEMES, String.join(";", view.themes()));
        row.put(MADE_ON, text(view.madeOn()));
        if (view.response() != null) {
            row.put(RESPONSE, view.response().accepted() ? "ACCEPTED" : "DECLINED");
            row.put(RESPONDED_ON, text(view.response().respondedOn()));
            row.put(RESPONSE_RATIONALE, view.response().rationale());
        }
        if (view.closure() != null) {
            row.put(CLOSED_ON, text(view.closure().closedOn()));
            row.put(IMPACT_STATEMENT, view.closure().impactStatement());
            if (view.actions().isEmpty() && view.closure().rationale() != null) {
                row.put(RESPONSE_RATIONALE, view.closure().rationale());
            }
        }
        if (action != null) {
            row.put(ACTION_DESCRIPTION, action.description());
            row.put(AGENCY, action.agency());
            row.put(OWNER, action.owner());
            row.put(ASSIGNED_ON, text(action.assignedOn()));
            row.put(DUE_ON, text(action.dueOn()));
            row.put(ORIGINAL_DUE_ON, text(action.originalDueOn()));
            row.put(ACTION_STATUS, action.status().name());
            RecommendationView.Evidence evidence = action.evidence().isEmpty() ? null : action.evidence().get(action.evidence().size() - 1);
            RecommendationView.Progress progress = action.progress().isEmpty() ? null : action.progress().get(action.progress().size() - 1);
            if (action.status() == ActionStatus.CANCELLED && action.cancellation() != null) {
                row.put(COMPLETED_ON, text(action.cancellation().cancelledOn()));
                row.put(EVIDENCE_SUMMARY, action.cancellation().reason());
            } else if (action.status() == ActionStatus.COMPLETE) {
                row.put(COMPLETED_ON, text(action.completedOn()));
                row.put(EVIDENCE_SUMMARY, evidence == null ? null : evidence.summary());
            } else if (action.status() == ActionStatus.EVIDENCE_SUBMITTED && evidence != null) {
                row.put(COMPLETED_ON, text(evidence.submittedOn()));
                row.put(EVIDENCE_SUMMARY, evidence.summary());
            } else if (action.status() == ActionStatus.IN_PROGRESS) {
                row.put(EVIDENCE_SUMMARY, evidence != null ? evidence.summary() : progress == null ? null : progress.note());
            }
        }
        return row;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
