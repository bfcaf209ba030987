package org.svtracker.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.svtracker.domain.account.Invitations;
import org.svtracker.domain.account.LinkNotUsable;
import org.svtracker.domain.account.OpenInvitation;
import org.svtracker.web.layout.ErrorItem;

/** Following the link of an invitation: set a password, and be signed in. */
@Controller
record InvitationController(Invitations invitations, SignedInSessions sessions) {

    @GetMapping("/invitations/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        return invitations
                .open(token)
                .map(invitation -> form(token, invitation, List.of(), model))
                .orElseGet(() -> AccountForms.linkNotValid(response));
    }

    @PostMapping("/invitations/{token}")
    String accept(
            @PathVariable String token,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmPassword,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var invitation = invitations.open(token);
        if (invitation.isEmpty()) {
            return AccountForms.linkNotValid(response);
        }
        List<ErrorItem> errors = AccountForms.checkNewPassword(password, confirmPassword);
        if (!errors.isEmpty()) {
            return form(token, invitation.get(), errors, model);
        }
        String username;
        try {
            username = invitations.accept(token, password);
        } catch (LinkNotUsable e) {
            return AccountForms.linkNotValid(response);
        }
        sessions.signIn(username, request, response);
        return "redirect:/";
    }

    private static String form(String token, OpenInvitation invitation, List<ErrorItem> errors, Model model) {
        model.addAttribute("invitation", invitation);
        return AccountForms.newPasswordPage("/invitations/" + token, errors, model, "account/accept-invitation");
    }
}
