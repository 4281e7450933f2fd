package uk.org.casereview.api.recommendation;

import uk.org.casereview.api.correction.FactRequest;
import uk.org.casereview.domain.recommendation.*;
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
            @Schema(example = "2024-11-21") @NotNull LocalDate madeOn) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new MakeRecommendation(id, sourceId, number, text, themes, madeOn);
        }
    }

    public record Response(
            @Schema(example = "2024-12-05") @NotNull LocalDate respondedOn,
            @NotNull Boolean accepted,
            @Schema(example = "Accepted by the partnership executive", description = "required when declining")
            @Size(max = 10_000) String rationale) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new RespondToRecommendation(id, respondedOn, accepted, rationale);
        }
    }

    public record Assign(
            @Schema(example = "Audit 50 new-birth visit records for contact with fathers") @NotBlank @Size(max = 10_000) String description,
            @Schema(example = "COMMUNITY_HEALTH") @NotBlank String agency,
            @Schema(example = "Head of health visiting") @NotBlank @Size(max = 200) String owner,
            @Schema(example = "2024-12-10") @NotNull LocalDate assignedOn,
            @Schema(example = "2025-03-31") @NotNull LocalDate dueOn) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new AssignAction(id, description, agency, owner, assignedOn, dueOn);
        }
    }

    public record Progress(
            @Schema(example = "2025-02-01") @NotNull LocalDate reportedOn,
            @Schema(example = "30 of 50 records audited; template changed to prompt for fathers") @NotBlank @Size(max = 10_000) String note) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new ReportActionProgress(id, actionId, reportedOn, note);
        }
    }

    public record DueDate(
            @Schema(example = "2025-03-20") @NotNull LocalDate revisedOn,
            @Schema(example = "2025-06-30") @NotNull LocalDate dueOn,
            @Schema(example = "Records system migration delayed the audit") @NotBlank @Size(max = 10_000) String reason) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new ReviseActionDueDate(id, actionId, revisedOn, dueOn, reason);
        }
    }

    public record Evidence(
            @Schema(example = "2025-06-20") @NotNull LocalDate submittedOn,
            @Schema(example = "Audit report: fathers seen at 46 of 50 visits") @NotBlank @Size(max = 10_000) String summary,
            @Schema(example = "https://sharepoint.example.org/lscp/audits/fathers-2025.pdf") @Size(max = 2000) String link) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new SubmitActionEvidence(id, actionId, submittedOn, summary, link);
        }
    }

    public record EvidenceReview(
            @Schema(example = "2025-07-03") @NotNull LocalDate reviewedOn,
            @NotNull Boolean accepted,
            @Schema(example = "Sample too small; please audit all visits in March", description = "required when returning evidence")
            @Size(max = 10_000) String comment) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new ReviewActionEvidence(id, actionId, reviewedOn, accepted, comment);
        }
    }

    public record Closure(
            @Schema(example = "2025-09-15") @NotNull LocalDate closedOn,
            @Schema(example = "Fathers are now seen at 92% of new-birth visits, up from 40%; two referrals came from fathers' disclosures")
            @NotBlank @Size(max = 10_000) String impactStatement,
            @Schema(example = "Already in place: the 2024 safer sleep pathway covers this", description = "required when the recommendation has no action")
            @Size(max = 10_000) String rationale) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new CloseRecommendation(id, closedOn, impactStatement, rationale);
        }
    }

    public record Cancellation(
            @Schema(example = "2025-04-02") @NotNull LocalDate cancelledOn,
            @Schema(example = "Superseded by the regional audit of new-birth visits") @NotBlank @Size(max = 10_000) String reason) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new CancelAction(id, actionId, cancelledOn, reason);
        }
    }

    public record Reassignment(
            @Schema(example = "2025-04-02") @NotNull LocalDate reassignedOn,
            @Schema(example = "HOUSING") @NotBlank String agency,
            @Schema(example = "Head of housing options") @NotBlank @Size(max = 200) String owner,
            @Schema(example = "The housing service now runs the tenancy support scheme") @NotBlank @Size(max = 10_000) String reason) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new ReassignAction(id, actionId, reassignedOn, agency, owner, reason);
        }
    }

    public record Reopening(
            @Schema(example = "2026-02-10") @NotNull LocalDate reopenedOn,
            @Schema(example = "The impact review found fathers are again missed at new-birth visits") @NotBlank @Size(max = 10_000) String reason) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new ReopenRecommendation(id, reopenedOn, reason);
        }
    }

    public record ImpactReview(
            @Schema(example = "2026-01-20") @NotNull LocalDate reviewedOn,
            @Schema(example = "A re-audit six months on found fathers seen at 88% of visits") @NotBlank @Size(max = 10_000) String finding,
            @Schema(description = "true when the change has lasted") @NotNull Boolean embedded) implements FactRequest {
        @Override
        public Object command(String id, String actionId) {
            return new RecordImpactReview(id, reviewedOn, finding, embedded);
        }
    }
}
