package org.svtracker.domain.account;

import java.time.OffsetDateTime;

/**
 * A link just issued, with the secret token that goes into the mail. The token is never stored and
 * cannot be read again: only its hash is kept.
 */
public record IssuedLink(
        long id, String token, String email, String username, String displayName, OffsetDateTime expiresAt) {}
