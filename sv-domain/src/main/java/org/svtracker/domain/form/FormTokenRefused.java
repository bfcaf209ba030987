package org.svtracker.domain.form;

/**
 * A create form came back without a usable one-time token: missing, malformed, or another user's.
 * The web layer shows the form again with a fresh token rather than creating anything.
 */
public class FormTokenRefused extends RuntimeException {

    public FormTokenRefused(String reason) {
        super("Form token refused: " + reason);
    }
}
