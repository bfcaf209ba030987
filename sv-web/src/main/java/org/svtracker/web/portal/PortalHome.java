package org.svtracker.web.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.returns.SupplierContracts;
import org.svtracker.domain.returns.SupplierContracts.SupplierContract;
import org.svtracker.web.security.SignedInUser;

/** The supplier's home page, "My contracts": every contract of the organisation, grouped by council. */
@Component
public class PortalHome {

    private final SupplierContracts contracts;
    private final Clock clock;

    PortalHome(SupplierContracts contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
    }

    /** One council's contracts with the supplier. */
    public record CouncilContracts(long councilId, String councilName, List<SupplierContract> contracts) {}

    /** Fills the model of the home page and names its template. */
    public String show(SignedInUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("councils", byCouncil(contracts.contractsOf(user.supplierId(), today)));
        model.addAttribute("currentQuarter", Quarter.of(today));
        model.addAttribute("lastQuarter", Quarter.of(today).previous());
        return "portal/home";
    }

    static List<CouncilContracts> byCouncil(List<SupplierContract> contracts) {
        Map<Long, List<SupplierContract>> grouped = new LinkedHashMap<>();
        contracts.forEach(c ->
                grouped.computeIfAbsent(c.councilId(), id -> new ArrayList<>()).add(c));
        return grouped.values().stream()
                .map(list -> new CouncilContracts(
                        list.get(0).councilId(), list.get(0).councilName(), List.copyOf(list)))
                .toList();
    }
}
