package org.svtracker.domain.account;

/** The rule every password must meet before it is hashed and stored. */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;

    private PasswordPolicy() {}

    /** Length counts characters as a person sees them (code points), so an emoji is one. */
    public static boolean isAcceptable(String password) {
        return password != null && password.codePointCount(0, password.length()) >= MINIMUM_LENGTH;
    }

    static void check(String password) {
        if (!isAcceptable(password)) {
            throw new IllegalArgumentException("A password must have at least " + MINIMUM_LENGTH + " characters");
        }
    }
}
