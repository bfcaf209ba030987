package org.svtracker.web.account;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.svtracker.domain.account.IssuedLink;
import org.svtracker.domain.mail.Mail;
import org.svtracker.web.layout.Messages;

/**
 * The text of the mails the service sends, from the messages, with absolute links. Links start
 * with {@code SV_BASE_URL} when it is set (production should set it, so that a forged Host header
 * can never put another site's address in a mail), else with the address of the current request.
 */
@Component
class Letters {

    private static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter EXPIRY =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", LOCALE).withZone(ZoneId.of("Europe/London"));

    private final Messages messages;
    private final String baseUrl;

    Letters(Messages messages, @Value("${sv.base-url:}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    /** The base of links, read on the request thread (the request is gone by the time mail is written). */
    String linkBase() {
        return baseUrl.isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : baseUrl;
    }

    Mail invitation(IssuedLink link, String organisationName, String inviterName, String base) {
        String url = base + "/invitations/" + link.token();
        return new Mail(
                link.email(),
                messages.text("accounts.mail.invitation.subject", organisationName),
                messages.text(
                        "accounts.mail.invitation.body",
                        link.displayName(),
                        inviterName,
                        organisationName,
                        url,
                        EXPIRY.format(link.expiresAt()),
                        link.username()));
    }

    Mail passwordReset(IssuedLink link, String base) {
        String url = base + "/password-reset/" + link.token();
        return new Mail(
                link.email(),
                messages.text("accounts.mail.reset.subject"),
                messages.text(
                        "accounts.mail.reset.body",
                        link.displayName(),
                        link.username(),
                        url,
                        EXPIRY.format(link.expiresAt())));
    }
}
