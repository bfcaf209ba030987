package org.svtracker.domain.token;

/** The response an idempotent request got: its status and body, and whether this is a replay of it. */
public record StoredResponse(int status, String body, boolean replayed) {

    public static StoredResponse of(int status, String body) {
        return new StoredResponse(status, body, false);
    }
}
