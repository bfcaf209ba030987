package org.svtracker.domain.token;

/** An Idempotency-Key sent again with a different request body: refused, nothing done. */
public final class IdempotencyKeyReused extends RuntimeException {

    IdempotencyKeyReused(String key) {
        super("The Idempotency-Key " + key + " was already used with a different request");
    }
}
