package uk.org.casereview.api.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the recommendation and action endpoints, with the field names of the specification. */
public final class RecommendationRequests {

    private RecommendationRequests() {
    }

    public record Make(
            @Schema(description = "the rapid review or practice review that made it") @NotBlank @Size(max = 64) String sourceId,
            @Schema(example = "3") @NotBlank @Size(max = 20) String number,
            @Schema(example = "Health visitors routinely see fathers and male carers at new-birth visits")
            @NotBlank @Size(max = 10_000) String text,
            @Schema(example = "[\"FATHERS_AND_MALE_CARERS\", \"BABIES_AND_INFANTS\"]") @NotEmpty List<@NotBlank String> themes,
            @Schema(example = "2024-11-21") @NotNull LocalDate madeOn) {
    }

    public record Response(
            @Schema(example = "2024-12-05") @NotNull LocalDate respondedOn,
            @NotNull Boolean accepted,
            @Schema(example = "Accepted by the partnership executive", description = "required when declining")
            @Size(max = 10_000) String rationale) {
    }

    public record Assign(
            @Schema(example = "Audit 50 new-birth visit records for contact with fathers") @NotBlank @Size(max = 10_000) String description,
            @Schema(example = "COMMUNITY_HEALTH") @NotBlank String agency,
            @Schema(example = "Head of health visiting") @NotBlank @Size(max = 200) String owner,
            @Schema(example = "2024-12-10") @NotNull LocalDate assignedOn,
            @Schema(example = "2025-03-31") @NotNull LocalDate dueOn) {
    }

    public record Progress(
            @Schema(example = "2025-02-01") @NotNull LocalDate reportedOn,
            @Schema(example = "30 of 50 records audited; template changed to prompt for fathers") @NotBlank @Size(max = 10_000) String note) {
    }

    public record DueDate(
            @Schema(example = "2025-03-20") @NotNull LocalDate revisedOn,
            @Schema(example = "2025-06-30") @NotNull LocalDate dueOn,
            @Schema(example = "Records system migration delayed the audit") @NotBlank @Size(max = 10_000) String reason) {
    }

    public record Evidence(
            @Schema(example = "2025-06-20") @NotNull LocalDate submittedOn,
            @Schema(example = "Audit report: fathers seen at 46 of 50 visits") @NotBlank @Size(max = 10_000) String summary,
            @Schema(example = "https://sharepoint.example.org/lscp/audits/fathers-2025.pdf") @Size(max = 2000) String link) {
    }

    public record EvidenceReview(
            @Schema(example = "2025-07-03") @NotNull LocalDate reviewedOn,
            @NotNull Boolean accepted,
            @Schema(example = "Sample too small; please audit all visits in March", description = "required when returning evidence")
            @Size(max = 10_000) String comment) {
    }

    public record Closure(
            @Schema(example = "2025-09-15") @NotNull LocalDate closedOn,
            @Schema(example = "Fathers are now seen at 92% of new-birth visits, up from 40%; two referrals came from fathers' disclosures")
            @NotBlank @Size(max = 10_000) String impactStatement) {
    }
}
