package org.svtracker.domain.account;

import java.util.Optional;

/** The rule every password must meet before it is hashed and stored. */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;

    /** Why a password is refused. */
    public enum Problem {
        TOO_SHORT,
        TOO_COMMON
    }

    private PasswordPolicy() {}

    /** Length counts characters as a person sees them (code points), so an emoji is one. */
    public static Optional<Problem> problemWith(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (CommonPasswords.isCommon(password)) {
            return Optional.of(Problem.TOO_COMMON);
        }
        return Optional.empty();
    }

    public static boolean isAcceptable(String password) {
        return problemWith(password).isEmpty();
    }

    static void check(String password) {
        problemWith(password).ifPresent(problem -> {
            throw new IllegalArgumentException(
                    problem == Problem.TOO_SHORT
                            ? "A password must have at least " + MINIMUM_LENGTH + " characters"
                            : "That password is too common");
        });
    }
}
