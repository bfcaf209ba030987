package org.svtracker.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** A return sent to the API: the body of POST /api/v1/returns. */
@Schema(name = "ReturnRequest", description = "A return for one commitment and one quarter")
record ReturnRequest(
        @Schema(
                description = "The commitment's id, from GET /api/v1/contracts",
                example = "310",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Long commitmentId,

        @Schema(
                description = "The quarter the return covers",
                example = "Q1 2025/26",
                pattern = "Q[1-4] \\d{4}/\\d{2}",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String period,

        @Schema(
                description = "The quantity delivered, in the commitment's unit: 0 or more, at most 3 decimal"
                        + " places, under 100,000,000,000; required to submit unless the measure is narrative,"
                        + " and refused for a narrative measure",
                example = "38.5")
        BigDecimal quantity,

        @Schema(
                description = "What was done, at most 4,000 characters; required to submit",
                example = "Staff volunteered at two food banks")
        String whatWasDone,

        @Schema(
                description = "true submits the return to the council; false keeps it as a draft",
                example = "true",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Boolean submit,

        @Schema(description = "Both must be true to submit") Declarations declarations) {

    /** The two declarations a supplier makes when it submits a return. */
    @Schema(name = "Declarations")
    record Declarations(
            @Schema(description = "This data relates only to this contract and this period", example = "true")
            boolean contractAndPeriod,

            @Schema(description = "This data relates to a commitment in this contract", example = "true")
            boolean commitment) {

        org.svtracker.domain.returns.Declarations asDeclarations() {
            return new org.svtracker.domain.returns.Declarations(contractAndPeriod, commitment);
        }
    }

    /** The declarations made, or none. */
    org.svtracker.domain.returns.Declarations declared() {
        return declarations == null ? org.svtracker.domain.returns.Declarations.NONE : declarations.asDeclarations();
    }
}
