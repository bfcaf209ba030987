package org.svtracker.domain.token;

import java.time.OffsetDateTime;

/** A token just created: the only time its value exists outside the client that keeps it. */
public record IssuedToken(long id, String name, String token, boolean readOnly, OffsetDateTime expiresAt) {

    @Override
    public String toString() {
        return "IssuedToken[id=" + id + ", name=" + name + "]";
    }
}
