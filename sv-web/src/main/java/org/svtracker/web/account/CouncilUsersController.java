package org.svtracker.web.account;

import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.account.AccountNotFound;
import org.svtracker.domain.account.AccountUnchanged;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.account.CouncilUser;
import org.svtracker.domain.account.Invitations;
import org.svtracker.web.errors.PageNotFound;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.security.SignedInUser;

/** The council admin's list of the council's users: who has which role, disable and enable. */
@Controller
record CouncilUsersController(Accounts accounts, Invitations invitations, SignedInSessions sessions) {

    @GetMapping("/admin/users")
    String users(@AuthenticationPrincipal SignedInUser user, Model model) {
        return page(user, List.of(), model);
    }

    @PostMapping("/admin/users/{id}/disable")
    String disable(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        if (id == user.id()) {
            accounts.userOfCouncil(user.councilId(), id).orElseThrow(() -> notFound(id));
            return page(user, List.of(new ErrorItem("user-" + id, "accounts.users.error.self")), model);
        }
        return change(user, id, model, redirect, "disabled", () -> {
            accounts.disableUser(user.councilId(), id, version, user.actor());
            sessions.endSessionsOf(id);
        });
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return change(
                user,
                id,
                model,
                redirect,
                "enabled",
                () -> accounts.enableUser(user.councilId(), id, version, user.actor()));
    }

    /**
     * Disables or enables one of the council's users. A stale version, or a user already as asked
     * (another admin got there first), changes nothing and says so against the user.
     */
    private String change(
            SignedInUser user, long id, Model model, RedirectAttributes redirect, String done, Runnable action) {
        CouncilUser target = accounts.userOfCouncil(user.councilId(), id).orElseThrow(() -> notFound(id));
        try {
            action.run();
        } catch (ObjectOptimisticLockingFailureException | AccountUnchanged e) {
            return page(
                    user,
                    List.of(new ErrorItem("user-" + id, "accounts.users.error.stale", target.displayName())),
                    model);
        } catch (AccountNotFound e) {
            throw notFound(id);
        }
        redirect.addFlashAttribute(done, target.displayName());
        return "redirect:/admin/users";
    }

    private String page(SignedInUser user, List<ErrorItem> errors, Model model) {
        model.addAttribute("users", accounts.usersOfCouncil(user.councilId()));
        model.addAttribute("pending", invitations.pendingForCouncil(user.councilId()));
        model.addAttribute("errors", errors);
        return "account/council-users";
    }

    private static PageNotFound notFound(long id) {
        return PageNotFound.because("No user " + id + " in this council");
    }
}
