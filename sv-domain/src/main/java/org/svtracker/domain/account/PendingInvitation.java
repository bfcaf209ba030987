package org.svtracker.domain.account;

import java.time.OffsetDateTime;

/** An invitation sent and not yet accepted. */
public record PendingInvitation(
        long id, String email, String displayName, Role role, OffsetDateTime sentAt, OffsetDateTime expiresAt) {}
