package uk.org.casereview.api.referencedata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.org.casereview.domain.calendar.Timescales;
import uk.org.casereview.domain.calendar.StatutoryClock;
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
import uk.org.casereview.domain.referencedata.ReferenceData;
import uk.org.casereview.domain.practicereview.PracticeReviewStatus;
import uk.org.casereview.domain.rapidreview.RapidReviewStatus;
import uk.org.casereview.domain.recommendation.RecommendationStatus;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping(path = "/api/v1/reference-data", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reference data", description = "Agencies, learning themes, every enumeration and the statutory timescales in force")
public class ReferenceDataController {

    private final ReferenceData referenceData;
    private final StatutoryClock clock;

    public ReferenceDataController(ReferenceData referenceData, StatutoryClock clock) {
        this.referenceData = referenceData;
        this.clock = clock;
    }

    /** A code and the label people read. */
    public record Code(String code, String label) {
    }

    public record ReferenceDataView(List<Code> agencies, List<Code> themes, Map<String, List<String>> enumerations, Timescales timescales,
                                    Map<String, List<Milestone>> reviewMilestones) {
    }

    @GetMapping
    @Operation(summary = "Agencies, learning themes, every enumeration and the timescales")
    public ReferenceDataView get() {
        Map<String, List<String>> enumerations = new LinkedHashMap<>();
        enumerations.put("outcome", names(Outcome.values()));
        enumerations.put("harmCategory", names(HarmCategory.values()));
        enumerations.put("rapidReviewDecision", names(RapidReviewDecision.values()));
        enumerations.put("panelResponse", names(PanelResponse.values()));
        enumerations.put("rapidReviewStatus", names(RapidReviewStatus.values()));
        enumerations.put("practiceReviewKind", names(PracticeReviewKind.values()));
        enumerations.put("practiceReviewStatus", names(PracticeReviewStatus.values()));
        enumerations.put("publicationScope", names(PublicationScope.values()));
        enumerations.put("recommendationStatus", names(RecommendationStatus.values()));
        enumerations.put("actionStatus", names(ActionStatus.values()));
        enumerations.put("rag", names(Rag.values()));
        enumerations.put("milestone", names(Milestone.values()));
        enumerations.put("milestoneState", names(MilestoneState.values()));
        enumerations.put("notRequiredBasis", names(uk.org.casereview.domain.rapidreview.NotRequiredBasis.values()));
        enumerations.put("jointPartner", names(uk.org.casereview.domain.practicereview.JointPartner.values()));
        return new ReferenceDataView(codes(referenceData.agencies()), codes(referenceData.themes()), enumerations, clock.timescales(),
                clock.reviewMilestones());
    }

    private static List<Code> codes(Map<String, String> codes) {
        return codes.entrySet().stream().map(e -> new Code(e.getKey(), e.getValue())).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
