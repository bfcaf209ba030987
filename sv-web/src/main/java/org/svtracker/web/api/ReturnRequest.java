package org.svtracker.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A return sent to the API: the body of POST /api/v1/returns. */
@Schema(name = "ReturnRequest", description = "A return for one commitment and one quarter")
record ReturnRequest(
        @NotNull(message = "{api.returns.commitmentId.required}")
        @Schema(description = "The commitment's id, from GET /api/v1/contracts", example = "310")
        Long commitmentId,

        @NotBlank(message = "{api.returns.period.required}")
        @Pattern(regexp = "Q[1-4] \\d{4}/\\d{2}", message = "{api.returns.period.format}")
        @Schema(description = "The quarter the return covers", example = "Q1 2025/26")
        String period,

        @DecimalMin(value = "0", message = "{api.returns.quantity.negative}")
        @Digits(integer = 11, fraction = 3, message = "{api.returns.quantity.digits}")
        @Schema(
                description = "The quantity delivered, in the commitment's unit; required unless the measure"
                        + " is narrative",
                example = "38.5")
        BigDecimal quantity,

        @NotBlank(message = "{api.returns.whatWasDone.required}")
        @Size(max = 4000, message = "{api.returns.whatWasDone.size}")
        @Schema(description = "What was done", example = "Staff volunteered at two food banks")
        String whatWasDone,

        @NotNull(message = "{api.returns.submit.required}")
        @Schema(description = "true submits the return to the council; false keeps it as a draft", example = "true")
        Boolean submit,

        @Valid @Schema(description = "Both must be true to submit")
        Declarations declarations) {

    /** The two declarations a supplier makes when it submits a return. */
    @Schema(name = "Declarations")
    record Declarations(
            @Schema(description = "This data relates only to this contract and this period", example = "true")
            boolean contractAndPeriod,

            @Schema(description = "This data relates to a commitment in this contract", example = "true")
            boolean commitment) {}
}
