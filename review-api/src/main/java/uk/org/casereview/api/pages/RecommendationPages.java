package uk.org.casereview.api.pages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.org.casereview.api.problem.ForbiddenException;
import uk.org.casereview.api.problem.ResourceNotFoundException;
import uk.org.casereview.api.web.CurrentUser;
import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.domain.referencedata.ReferenceData;
import uk.org.casereview.projections.recommendation.RecommendationFilter;
import uk.org.casereview.projections.recommendation.RecommendationQueries;
import uk.org.casereview.domain.recommendation.RecommendationStatus;
import uk.org.casereview.projections.recommendation.RecommendationView;

import java.time.LocalDate;
import java.util.List;

/** The recommendations with the API's filters, each recommendation's page, and an agency lead's own actions. */
@Controller
public class RecommendationPages {

    private final AsAt asAt;
    private final RecommendationQueries recommendations;
    private final ReferenceData referenceData;
    private final CurrentUser currentUser;

    public RecommendationPages(AsAt asAt, RecommendationQueries recommendations, ReferenceData referenceData, CurrentUser currentUser) {
        this.asAt = asAt;
        this.recommendations = recommendations;
        this.referenceData = referenceData;
        this.currentUser = currentUser;
    }

    @GetMapping("/recommendations")
    public String list(@RequestParam(required = false) String sourceId, @RequestParam(required = false) String agency,
                       @RequestParam(required = false) String theme, @RequestParam(required = false) RecommendationStatus status,
                       @RequestParam(required = false) Rag rag,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Model model) {
        LocalDate date = asAt.date(asOf, model);
        String agencyCode = blankToNull(agency);
        String themeCode = blankToNull(theme);
        if (agencyCode != null) {
            referenceData.requireAgency("agency", agencyCode);
        }
        if (themeCode != null) {
            referenceData.requireThemes("theme", List.of(themeCode), 1);
        }
        RecommendationFilter filter = new RecommendationFilter(blankToNull(sourceId), agencyCode, themeCode, status, rag);
        model.addAttribute("filter", filter);
        model.addAttribute("recommendations", recommendations.list(filter, date, Math.max(0, page), ReviewPages.size(size)));
        model.addAttribute("agencies", referenceData.agencies());
        model.addAttribute("themes", referenceData.themes());
        model.addAttribute("statuses", RecommendationStatus.values());
        model.addAttribute("rags", Rag.values());
        return "pages/recommendations";
    }

    @GetMapping("/recommendations/{id}")
    public String recommendation(@PathVariable String id,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        LocalDate date = asAt.date(asOf, model);
        RecommendationView recommendation = recommendations.find(id, date)
                .orElseThrow(() -> new ResourceNotFoundException("no recommendation " + id + " had been made as of " + date));
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("timeline", recommendations.timeline(id, date).orElseThrow());
        return "pages/recommendation";
    }

    /** An agency lead's actions: those assigned to its agency, with the forms to report progress and submit evidence. */
    @GetMapping("/my-actions")
    public String myActions(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        String agency = currentUser.agency();
        if (agency == null) {
            throw new ForbiddenException("only an agency lead has its own agency's actions; see the recommendations instead");
        }
        LocalDate date = asAt.date(asOf, model);
        model.addAttribute("agency", agency);
        model.addAttribute("pageTitle", "Your agency's actions");
        model.addAttribute("recommendations",
                recommendations.list(new RecommendationFilter(null, agency, null, null, null), date, 0, 500).items());
        return "pages/my-actions";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
