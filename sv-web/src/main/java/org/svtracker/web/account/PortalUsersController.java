package org.svtracker.web.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.account.Invitations;
import org.svtracker.web.security.SignedInUser;

/** A supplier's users see who else in their organisation uses the service. */
@Controller
record PortalUsersController(Accounts accounts, Invitations invitations) {

    @GetMapping("/portal/users")
    String users(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("users", accounts.usersOfSupplier(user.supplierId()));
        model.addAttribute("pending", invitations.pendingForSupplier(user.supplierId()));
        return "account/portal-users";
    }
}
