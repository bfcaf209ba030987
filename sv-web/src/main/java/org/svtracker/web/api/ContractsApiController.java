package org.svtracker.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.svtracker.domain.delivery.ContractOverview;
import org.svtracker.domain.delivery.DeliveryOverview;
import org.svtracker.web.api.ApiResources.ContractList;
import org.svtracker.web.api.ApiResources.ContractResource;
import org.svtracker.web.security.SignedInUser;

/** The contracts a token's user may see: a supplier's own, across councils, or a council's. */
@RestController
@Tag(name = "Contracts", description = "Contracts and their commitments, with how delivery stands")
record ContractsApiController(DeliveryOverview overview, Clock clock) {

    @GetMapping(value = "/api/v1/contracts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "List contracts with their commitments",
            description = "A supplier's token lists its organisation's awarded, live and closed contracts with every"
                    + " council, grouped by council. A council staff token lists its council's contracts that"
                    + " have a supplier. Each commitment has its id (which a return names), measure, unit,"
                    + " target, verified (delivered) and claimed quantities and RAG.")
    @ApiResponse(responseCode = "200", description = "The contracts")
    ContractList contracts(@AuthenticationPrincipal SignedInUser user) {
        LocalDate today = LocalDate.now(clock);
        List<ContractOverview> contracts = user.supplierId() != null
                ? overview.ofSupplier(user.supplierId(), today)
                : overview.ofCouncil(user.councilId(), today);
        return new ContractList(contracts.stream().map(ContractResource::of).toList());
    }
}
