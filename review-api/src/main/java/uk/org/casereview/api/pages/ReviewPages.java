package uk.org.casereview.api.pages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.org.casereview.api.problem.ResourceNotFoundException;
import uk.org.casereview.projections.practicereview.PracticeReviewQueries;
import uk.org.casereview.projections.practicereview.PracticeReviewView;
import uk.org.casereview.projections.rapidreview.RapidReviewQueries;
import uk.org.casereview.projections.rapidreview.RapidReviewView;
import uk.org.casereview.projections.recommendation.RecommendationFilter;
import uk.org.casereview.projections.recommendation.RecommendationQueries;

import java.time.LocalDate;

/** The lists of rapid reviews and practice reviews, and each one's page: milestones, recommendations, timeline. */
@Controller
public class ReviewPages {

    /** A list's page size, as the API's {@code size}: 1 to 500. */
    static int size(int asked) {
        return Math.min(500, Math.max(1, asked));
    }

    private final AsAt asAt;
    private final RapidReviewQueries rapidReviews;
    private final PracticeReviewQueries practiceReviews;
    private final RecommendationQueries recommendations;

    public ReviewPages(AsAt asAt, RapidReviewQueries rapidReviews, PracticeReviewQueries practiceReviews,
                       RecommendationQueries recommendations) {
        this.asAt = asAt;
        this.rapidReviews = rapidReviews;
        this.practiceReviews = practiceReviews;
        this.recommendations = recommendations;
    }

    @GetMapping("/rapid-reviews")
    public String rapidReviews(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Model model) {
        model.addAttribute("reviews", rapidReviews.list(asAt.date(asOf, model), Math.max(0, page), size(size)));
        return "pages/rapid-reviews";
    }

    @GetMapping("/rapid-reviews/{id}")
    public String rapidReview(@PathVariable String id,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        LocalDate date = asAt.date(asOf, model);
        RapidReviewView review = rapidReviews.find(id, date)
                .orElseThrow(() -> new ResourceNotFoundException("no rapid review " + id + " had been notified as of " + date));
        model.addAttribute("review", review);
        model.addAttribute("timeline", rapidReviews.timeline(id, date).orElseThrow());
        model.addAttribute("recommendations", recommendations.list(new RecommendationFilter(id, null, null, null, null), date, 0, 500).items());
        return "pages/rapid-review";
    }

    @GetMapping("/practice-reviews")
    public String practiceReviews(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Model model) {
        model.addAttribute("reviews", practiceReviews.list(asAt.date(asOf, model), Math.max(0, page), size(size)));
        return "pages/practice-reviews";
    }

    @GetMapping("/practice-reviews/{id}")
    public String practiceReview(@PathVariable String id,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        LocalDate date = asAt.date(asOf, model);
        PracticeReviewView review = practiceReviews.find(id, date)
                .orElseThrow(() -> new ResourceNotFoundException("no practice review " + id + " had been commissioned as of " + date));
        model.addAttribute("review", review);
        model.addAttribute("timeline", practiceReviews.timeline(id, date).orElseThrow());
        model.addAttribute("recommendations", recommendations.list(new RecommendationFilter(id, null, null, null, null), date, 0, 500).items());
        return "pages/practice-review";
    }
}
