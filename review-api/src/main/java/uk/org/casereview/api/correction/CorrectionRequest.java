package uk.org.casereview.api.correction;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * {@code POST .../{id}/corrections}: replace the business fields of the fact with {@code sequence} (the sequence its
 * timeline entry carries) by {@code replacement}, the body of the request that recorded it, or strike it out with
 * {@code "replacement": null}.
 */
public record CorrectionRequest(
        @Schema(example = "3", description = "the fact's sequence number, as its timeline entry shows it") @NotNull @PositiveOrZero Long sequence,
        @Schema(example = "The decision date was typed wrongly: the meeting decided on 21 May") @NotBlank @Size(max = 10_000) String reason,
        @Schema(description = "the fields of the request that recorded the fact, as they should have been; null strikes the fact out",
                example = "{\"decidedOn\":\"2024-05-21\",\"decision\":\"CSPR\",\"rationale\":\"Agencies did not share concerns\"}",
                nullable = true, requiredMode = Schema.RequiredMode.REQUIRED)
        JsonNode replacement) {
}
