package org.svtracker.domain.account;

/** No user with that id in this council (or supplier): another organisation's user is not found either. */
public final class AccountNotFound extends RuntimeException {

    private AccountNotFound(String message) {
        super(message);
    }

    public static AccountNotFound forId(long id) {
        return new AccountNotFound("No user " + id + " here");
    }
}
