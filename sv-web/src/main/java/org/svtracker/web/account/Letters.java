package org.svtracker.web.account;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.svtracker.domain.account.IssuedLink;
import org.svtracker.domain.mail.Mail;

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

    private final MessageSource messages;
    private final String baseUrl;

    Letters(MessageSource messages, @Value("${sv.base-url:}") String baseUrl) {
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
                message("accounts.mail.invitation.subject", organisationName),
                message(
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
                message("accounts.mail.reset.subject"),
                message(
                        "accounts.mail.reset.body",
                        link.displayName(),
                        link.username(),
                        url,
                        EXPIRY.format(link.expiresAt())));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LOCALE);
    }
}
