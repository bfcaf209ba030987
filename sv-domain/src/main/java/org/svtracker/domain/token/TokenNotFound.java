package org.svtracker.domain.token;

/** The same answer for a token that does not exist and another user's token. */
public final class TokenNotFound extends RuntimeException {

    private TokenNotFound(String message) {
        super(message);
    }

    public static TokenNotFound forId(long id) {
        return new TokenNotFound("No token " + id + " for you");
    }
}
