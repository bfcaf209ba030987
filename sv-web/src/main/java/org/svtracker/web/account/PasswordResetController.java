package org.svtracker.web.account;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.svtracker.domain.account.LinkNotUsable;
import org.svtracker.domain.account.PasswordResets;
import org.svtracker.web.layout.ErrorItem;

/**
 * Password reset by email. Asking for a link answers the same page whether or not the address is
 * registered, and in the same time: the look-up and the mail happen on a thread of their own after
 * the answer has gone.
 */
@Controller
class PasswordResetController {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetController.class);

    private final PasswordResets resets;
    private final Letters letters;
    private final SignedInSessions sessions;
    private final ExecutorService requests = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "password-reset");
        thread.setDaemon(true);
        return thread;
    });

    PasswordResetController(PasswordResets resets, Letters letters, SignedInSessions sessions) {
        this.resets = resets;
        this.letters = letters;
        this.sessions = sessions;
    }

    @GetMapping("/password-reset")
    String request(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("errors", List.of());
        return "account/password-reset";
    }

    @PostMapping("/password-reset")
    String sendLink(@RequestParam(defaultValue = "") String email, Model model) {
        String address = AccountForms.clean(email);
        List<ErrorItem> errors = new ArrayList<>();
        AccountForms.checkEmail(address, errors);
        if (!errors.isEmpty()) {
            model.addAttribute("email", address);
            model.addAttribute("errors", errors);
            return "account/password-reset";
        }
        String base = letters.linkBase();
        requests.execute(() -> {
            try {
                resets.requestReset(address, link -> letters.passwordReset(link, base));
            } catch (RuntimeException e) {
                log.error("A password reset request failed", e);
            }
        });
        model.addAttribute("email", address);
        model.addAttribute("validMinutes", PasswordResets.VALID_FOR.toMinutes());
        return "account/password-reset-sent";
    }

    @GetMapping("/password-reset/complete")
    String complete() {
        return "account/password-reset-complete";
    }

    @GetMapping("/password-reset/{token}")
    String newPassword(@PathVariable String token, Model model, HttpServletResponse response) {
        return resets.open(token)
                .map(username -> form(token, username, List.of(), model))
                .orElseGet(() -> AccountForms.linkNotValid(response));
    }

    @PostMapping("/password-reset/{token}")
    String setPassword(
            @PathVariable String token,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmPassword,
            Model model,
            HttpServletResponse response) {
        var username = resets.open(token);
        if (username.isEmpty()) {
            return AccountForms.linkNotValid(response);
        }
        List<ErrorItem> errors = AccountForms.checkNewPassword(password, confirmPassword);
        if (!errors.isEmpty()) {
            return form(token, username.get(), errors, model);
        }
        try {
            long accountId = resets.resetPassword(token, password);
            // Sessions signed in with the old password end: whoever knew it is out.
            sessions.endSessionsOf(accountId);
        } catch (LinkNotUsable e) {
            return AccountForms.linkNotValid(response);
        }
        return "redirect:/password-reset/complete";
    }

    private static String form(String token, String username, List<ErrorItem> errors, Model model) {
        model.addAttribute("username", username);
        return AccountForms.newPasswordPage("/password-reset/" + token, errors, model, "account/new-password");
    }

    @PreDestroy
    void stop() throws InterruptedException {
        requests.shutdown();
        requests.awaitTermination(10, TimeUnit.SECONDS);
    }
}
