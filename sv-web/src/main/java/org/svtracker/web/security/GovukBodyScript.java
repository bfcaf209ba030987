package org.svtracker.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The one inline script GOV.UK Frontend needs, at the start of the body, so that components style
 * themselves for JavaScript before first paint. The Content Security Policy allows exactly this
 * script by its hash; the layout renders it from here so the two cannot drift apart.
 */
public final class GovukBodyScript {

    public static final String SOURCE = "document.body.className += ' js-enabled' + ('noModule' in"
            + " HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

    private GovukBodyScript() {}

    static String cspHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(SOURCE.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
