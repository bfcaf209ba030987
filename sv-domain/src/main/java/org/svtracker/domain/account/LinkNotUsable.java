package org.svtracker.domain.account;

/**
 * An invitation or password reset link that cannot be used: unknown, expired or used already. The
 * three look the same to whoever holds the link.
 */
public final class LinkNotUsable extends RuntimeException {

    private LinkNotUsable() {
        super("The link is unknown, expired or used");
    }

    public static LinkNotUsable forToken() {
        return new LinkNotUsable();
    }
}
