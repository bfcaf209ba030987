package org.svtracker.web.security;

/** Why a sign-in attempt failed, in the words the sign-in page shows. */
enum SignInProblem {
    USERNAME_MISSING("signIn.error.usernameMissing", "username"),
    PASSWORD_MISSING("signIn.error.passwordMissing", "password"),
    /** Wrong password, unknown user and disabled user all look the same from outside. */
    NOT_RECOGNISED("signIn.error.notRecognised", "username"),
    THROTTLED("signIn.error.throttled", "username");

    private final String messageKey;
    private final String field;

    SignInProblem(String messageKey, String field) {
        this.messageKey = messageKey;
        this.field = field;
    }

    String messageKey() {
        return messageKey;
    }

    String field() {
        return field;
    }
}
