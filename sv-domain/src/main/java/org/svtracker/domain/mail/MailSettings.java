package org.svtracker.domain.mail;

/**
 * How mail leaves the service: the sender's address, and whether every mail is also kept in the
 * outbox (demo mode only, so that a demonstration can follow the links a mail carries).
 */
public record MailSettings(String from, boolean keepInOutbox) {

    public static final MailSettings DEFAULTS = new MailSettings("no-reply@social-value-tracker.invalid", false);
}
