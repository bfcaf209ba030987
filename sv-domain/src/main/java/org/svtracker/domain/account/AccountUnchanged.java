package org.svtracker.domain.account;

/** The account is already as asked: disabling a disabled user or enabling an enabled one changes nothing. */
public final class AccountUnchanged extends IllegalStateException {

    private AccountUnchanged(String message) {
        super(message);
    }

    static AccountUnchanged already(boolean enabled, String username) {
        return new AccountUnchanged("User " + username + " is already " + (enabled ? "enabled" : "disabled"));
    }
}
