package org.svtracker.web.portal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.returns.SupplierContracts;
import org.svtracker.web.security.SignedInUser;

/** One of the supplier's contracts: its commitments, targets, progress and returns. */
@Controller
record PortalContractController(SupplierContracts contracts, Clock clock) {

    @GetMapping("/portal/contracts/{contractId}")
    String contract(@PathVariable long contractId, @AuthenticationPrincipal SignedInUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("contract", contracts.contractOf(user.supplierId(), contractId, today));
        model.addAttribute("currentQuarter", Quarter.of(today));
        return "portal/contract";
    }
}
