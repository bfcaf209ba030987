package org.svtracker.domain.token;

/** Whether a token still works. */
public enum TokenState {
    ACTIVE,
    EXPIRED,
    REVOKED
}
