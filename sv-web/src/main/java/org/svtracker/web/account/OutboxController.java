package org.svtracker.web.account;

import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.svtracker.domain.mail.Mailer;
import org.svtracker.domain.mail.OutboxMessage;
import org.svtracker.web.demo.DemoMode;
import org.svtracker.web.errors.PageNotFound;

/**
 * Demo mode only: the mail the service sent, for the platform admin, so that a demonstration can
 * follow an invitation link without a mailbox. Outside demo mode these pages do not exist.
 */
@Controller
class OutboxController {

    static final int SHOWN = 100;
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final DemoMode demoMode;
    private final Mailer mailer;

    OutboxController(DemoMode demoMode, Mailer mailer) {
        this.demoMode = demoMode;
        this.mailer = mailer;
    }

    @GetMapping("/outbox")
    String outbox(Model model) {
        onlyInDemoMode();
        model.addAttribute("messages", mailer.outbox(SHOWN));
        model.addAttribute("shown", SHOWN);
        return "account/outbox";
    }

    @GetMapping("/outbox/{id}")
    String message(@PathVariable long id, Model model) {
        onlyInDemoMode();
        OutboxMessage message = mailer.outboxMessage(id).orElseThrow(() -> PageNotFound.because("No mail " + id));
        model.addAttribute("message", message);
        var link = LINK.matcher(message.body());
        model.addAttribute("link", link.find() ? link.group() : null);
        return "account/outbox-message";
    }

    private void onlyInDemoMode() {
        if (!demoMode.enabled()) {
            throw PageNotFound.because("The outbox exists in demo mode only");
        }
    }
}
