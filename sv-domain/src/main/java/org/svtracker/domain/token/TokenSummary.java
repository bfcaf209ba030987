package org.svtracker.domain.token;

import java.time.OffsetDateTime;

/** A token as its owner sees it listed: never its value, only the first characters as a hint. */
public record TokenSummary(
        long id,
        String name,
        String hint,
        boolean readOnly,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt,
        TokenState state) {}
