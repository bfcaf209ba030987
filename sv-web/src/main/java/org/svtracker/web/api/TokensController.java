package org.svtracker.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.domain.token.AccessTokens;
import org.svtracker.domain.token.IssuedToken;
import org.svtracker.domain.token.TokenLifetime;
import org.svtracker.domain.token.TokenNotFound;
import org.svtracker.web.errors.PageNotFound;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.layout.Option;
import org.svtracker.web.security.SignedInUser;

/**
 * A user's personal access tokens: listed, created and revoked. A new token is shown once, on the
 * answer to the form itself: it is never stored, not even for a redirect (a flash attribute would
 * sit in the session store), so reloading that page cannot show it again.
 */
@Controller
record TokensController(AccessTokens tokens, FormSubmissions formSubmissions, ProblemResponses messages) {

    /** The create form: a name and how long the token lasts. */
    record TokenForm(String name, String expiry, String formToken) {}

    @GetMapping("/account/tokens")
    String tokens(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("tokens", tokens.tokensOf(user.id()));
        model.addAttribute("readOnly", user.role().isCouncilStaff());
        return "api/tokens";
    }

    @GetMapping("/account/tokens/new")
    String newToken(@AuthenticationPrincipal SignedInUser user, Model model) {
        return form(user, new TokenForm("", "90", FormSubmissions.newToken()), List.of(), model);
    }

    @PostMapping("/account/tokens/new")
    String createToken(@AuthenticationPrincipal SignedInUser user, @ModelAttribute TokenForm form, Model model) {
        List<ErrorItem> errors = new ArrayList<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            errors.add(new ErrorItem("name", "api.tokens.name.required"));
        } else if (name.length() > 100) {
            errors.add(new ErrorItem("name", "api.tokens.name.size"));
        }
        TokenLifetime lifetime = lifetime(form.expiry());
        if (lifetime == null) {
            errors.add(new ErrorItem("expiry", "api.tokens.expiry.required"));
        }
        if (!errors.isEmpty()) {
            return form(user, form, errors, model);
        }
        AtomicReference<IssuedToken> issued = new AtomicReference<>();
        formSubmissions.once(form.formToken(), user.getUsername(), () -> {
            issued.set(tokens.issue(user.id(), name, lifetime, user.actor()));
            return "/account/tokens";
        });
        model.addAttribute("issued", issued.get());
        return "api/token-created";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        String name = tokens.tokensOf(user.id()).stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow(() -> PageNotFound.because("No token " + id + " for this user"))
                .name();
        try {
            tokens.revoke(user.id(), id, user.actor());
        } catch (TokenNotFound e) {
            throw PageNotFound.because(e.getMessage());
        }
        redirect.addFlashAttribute("revoked", name);
        return "redirect:/account/tokens";
    }

    private String form(SignedInUser user, TokenForm form, List<ErrorItem> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("readOnly", user.role().isCouncilStaff());
        model.addAttribute(
                "expiries",
                List.of(
                        new Option("30", messages.message("api.tokens.expiry.30")),
                        new Option("90", messages.message("api.tokens.expiry.90")),
                        new Option("365", messages.message("api.tokens.expiry.365"))));
        return "api/token-new";
    }

    private static TokenLifetime lifetime(String days) {
        try {
            return days == null ? null : TokenLifetime.ofDays(Integer.parseInt(days.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
