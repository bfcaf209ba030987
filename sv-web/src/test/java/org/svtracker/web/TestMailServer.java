package org.svtracker.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real SMTP server (GreenMail) per JVM, on a free port, that every test context sends its mail
 * to. Tests read what arrived for an address of their own and follow the links in it. Being one
 * initializer class, it keeps the context configuration identical across test classes, so Spring's
 * context cache still shares one context.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final GreenMail SERVER = start();
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "sv.mail.host=127.0.0.1",
                        "sv.mail.port=" + SERVER.getSmtp().getPort(),
                        "sv.mail.starttls=false")
                .applyTo(context);
    }

    /** Every mail received so far for the address. */
    public static List<MimeMessage> mailTo(String address) {
        String wanted = address.toLowerCase(Locale.ROOT);
        return Arrays.stream(SERVER.getReceivedMessages())
                .filter(m -> recipients(m).contains(wanted))
                .toList();
    }

    /** Waits (up to ten seconds) until {@code count} mails have arrived for the address. */
    public static List<MimeMessage> awaitMailTo(String address, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mail = mailTo(address);
            if (mail.size() >= count) {
                return mail;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Expected " + count + " mail(s) to " + address + ", got "
                + mailTo(address).size());
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("\r\n", "\n");
    }

    /** The first link in the mail, as an address path ("/invitations/..."). */
    public static String linkPath(MimeMessage message) {
        Matcher link = LINK.matcher(body(message));
        if (!link.find()) {
            throw new AssertionError("No link in the mail");
        }
        return link.group().replaceFirst("^https?://[^/]+", "");
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients()).toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
