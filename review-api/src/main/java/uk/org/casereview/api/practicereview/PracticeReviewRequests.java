package uk.org.casereview.api.practicereview;

import uk.org.casereview.api.correction.FactRequest;
import uk.org.casereview.domain.practicereview.*;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.practicereview.PublicationScope;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the practice review endpoints, with the field names of the specification. */
public final class PracticeReviewRequests {

    private PracticeReviewRequests() {
    }

    public record Commission(
            @Schema(example = "CSPR-2024-03") @NotBlank @Size(max = 100) String reference,
            @NotNull PracticeReviewKind kind,
            @Schema(description = "the rapid review it came from, where there is one") @Size(max = 64) String rapidReviewId,
            @Schema(example = "Child R: a baby whose weight loss went unnoticed") @NotBlank @Size(max = 500) String title,
            @Schema(example = "2024-05-21", description = "the date of the decision to initiate the review") @NotNull LocalDate decidedOn,
            @Schema(example = "[\"Child R\"]") @Size(max = 10) List<@NotBlank @Size(max = 100) String> children,
            @Schema(example = "[\"NEGLECT\", \"BABIES_AND_INFANTS\"]") List<@NotBlank String> themes,
            @Schema(example = "[\"SAFEGUARDING_ADULTS_BOARD\"]", description = "who a JOINT_REVIEW is held with (JOINT_REVIEW only)")
            List<JointPartner> jointWith) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new CommissionPracticeReview(id, reference, kind, rapidReviewId, title, decidedOn, children == null ? List.of() : children,
                    themes == null ? List.of() : themes, jointWith);
        }
    }

    public record Reviewer(
            @Schema(example = "Dr A. Reviewer") @NotBlank @Size(max = 200) String reviewer,
            @Schema(example = "2024-06-10") @NotNull LocalDate appointedOn) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new AppointReviewer(id, reviewer, appointedOn);
        }
    }

    public record Delay(
            @Schema(example = "2024-10-01") @NotNull LocalDate recordedOn,
            @Schema(example = "Criminal trial of the father listed for March 2025") @NotBlank @Size(max = 10_000) String reason,
            @Schema(example = "2025-04-30", description = "expected publication date, if known") LocalDate expectedOn) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new RecordPublicationDelay(id, recordedOn, reason, expectedOn);
        }
    }

    public record FinalReport(@Schema(example = "2024-11-12") @NotNull LocalDate sentOn) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new SendFinalReport(id, sentOn);
        }
    }

    public record Publication(
            @Schema(example = "2024-11-21") @NotNull LocalDate publishedOn,
            @Schema(example = "https://lscp.example.org/reviews/child-r") @NotBlank @Size(max = 2000) String url,
            @NotNull PublicationScope scope) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new PublishPracticeReview(id, publishedOn, url, scope);
        }
    }

    public record Withholding(
            @Schema(example = "2024-11-20") @NotNull LocalDate decidedOn,
            @Schema(example = "Publication would identify the surviving sibling") @NotBlank @Size(max = 10_000) String reason) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new WithholdPublication(id, decidedOn, reason);
        }
    }
}
