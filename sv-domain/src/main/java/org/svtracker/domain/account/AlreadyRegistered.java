package org.svtracker.domain.account;

/** Someone with that email address already has an account, so they cannot be invited again. */
public final class AlreadyRegistered extends RuntimeException {

    private AlreadyRegistered() {
        super("That email address already has an account");
    }

    public static AlreadyRegistered email() {
        return new AlreadyRegistered();
    }
}
