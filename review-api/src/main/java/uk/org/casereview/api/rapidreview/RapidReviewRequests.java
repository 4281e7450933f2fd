package uk.org.casereview.api.rapidreview;

import uk.org.casereview.api.correction.FactRequest;
import uk.org.casereview.domain.rapidreview.*;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.org.casereview.domain.rapidreview.HarmCategory;
import uk.org.casereview.domain.rapidreview.Outcome;
import uk.org.casereview.domain.rapidreview.PanelResponse;
import uk.org.casereview.domain.rapidreview.RapidReviewDecision;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the rapid review endpoints, with the field names of the specification. */
public final class RapidReviewRequests {

    private RapidReviewRequests() {
    }

    public record Notify(
            @Schema(example = "RR-2024-07", description = "the partnership's reference") @NotBlank @Size(max = 100) String reference,
            @Schema(example = "[\"Child R\"]", description = "1 to 4 pseudonyms; never names") @NotEmpty @Size(max = 4)
            List<@NotBlank @Size(max = 100) String> children,
            @NotNull Outcome outcome,
            @Schema(example = "2024-05-02", description = "when the local authority became aware") @NotNull LocalDate awareOn,
            @Schema(example = "2024-05-07", description = "when the National Panel was notified") @NotNull LocalDate notifiedOn,
            @Schema(example = "[\"NEGLECT\"]") @NotEmpty List<@NotNull HarmCategory> harmCategories,
            @Schema(example = "[\"NEGLECT\", \"BABIES_AND_INFANTS\"]", description = "learning theme codes") List<@NotBlank String> themes) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new NotifySeriousIncident(id, reference, children, outcome, awareOn, notifiedOn, harmCategories, themes == null ? List.of() : themes);
        }
    }

    public record Meeting(
            @Schema(example = "2024-05-14") @NotNull LocalDate heldOn,
            @Schema(example = "[\"CHILDRENS_SOCIAL_CARE\", \"POLICE\", \"INTEGRATED_CARE_BOARD\"]") @NotEmpty
            List<@NotBlank String> agencies) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new RecordRapidReviewMeeting(id, heldOn, agencies);
        }
    }

    public record Decision(
            @Schema(example = "2024-05-21") @NotNull LocalDate decidedOn,
            @NotNull RapidReviewDecision decision,
            @Schema(example = "Agencies did not share concerns about the baby's weight loss; wider learning for the partnership")
            @NotBlank @Size(max = 10_000) String rationale) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new RecordRapidReviewDecision(id, decidedOn, decision, rationale);
        }
    }

    public record Submission(@Schema(example = "2024-05-24") @NotNull LocalDate submittedOn) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new SubmitRapidReviewToPanel(id, submittedOn);
        }
    }

    public record PanelResponseBody(
            @Schema(example = "2024-06-14") @NotNull LocalDate respondedOn,
            @NotNull PanelResponse response,
            @Schema(example = "The Panel agrees a local CSPR is appropriate.") @Size(max = 10_000) String comments) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new RecordPanelResponse(id, respondedOn, response, comments);
        }
    }

    public record NotRequired(
            @Schema(example = "2024-05-10") @NotNull LocalDate decidedOn,
            @NotNull NotRequiredBasis basis,
            @Schema(example = "The child's injuries were found to be accidental: the criteria for a notification are not met")
            @NotBlank @Size(max = 10_000) String reason) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new RecordRapidReviewNotRequired(id, decidedOn, basis, reason);
        }
    }
}
