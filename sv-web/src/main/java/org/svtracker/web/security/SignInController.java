package org.svtracker.web.security;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.svtracker.web.layout.ErrorItem;

@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(name = "signed-out", required = false) String signedOut,
            Authentication authentication,
            HttpSession session,
            Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("signedOut", signedOut != null);
        Object last = session.getAttribute(SignInFailureHandler.LAST_ATTEMPT);
        session.removeAttribute(SignInFailureHandler.LAST_ATTEMPT);
        if (last instanceof SignInFailureHandler.FailedAttempt attempt) {
            model.addAttribute("username", attempt.username());
            model.addAttribute(
                    "errors",
                    List.of(new ErrorItem(
                            attempt.problem().field(), attempt.problem().messageKey())));
        } else {
            model.addAttribute("username", "");
            model.addAttribute("errors", List.of());
        }
        return "sign-in";
    }
}
