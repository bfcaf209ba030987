package org.svtracker.web.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.council.Councils;
import org.svtracker.web.delivery.ContractManagerDashboard;
import org.svtracker.web.portal.PortalHome;
import org.svtracker.web.security.SignedInUser;

/** The first page after signing in: each role's own dashboard. */
@Controller
record HomeController(
        Councils councils,
        Accounts accounts,
        PortalHome portalHome,
        ContractManagerDashboard contractManagerDashboard) {

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (user.role() == Role.PLATFORM_ADMIN) {
            model.addAttribute("councils", councils.listCouncils());
            return "home/platform-admin";
        }
        if (user.role() == Role.SUPPLIER) {
            return portalHome.show(user, model);
        }
        if (user.role() == Role.CONTRACT_MANAGER) {
            return contractManagerDashboard.show(user, model);
        }
        model.addAttribute("council", councils.getCouncil(user.councilId()));
        if (user.role() == Role.COUNCIL_ADMIN) {
            model.addAttribute("staff", accounts.staffOf(user.councilId()));
        }
        return "home/council";
    }
}
