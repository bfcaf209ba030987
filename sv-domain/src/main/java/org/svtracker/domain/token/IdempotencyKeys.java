package org.svtracker.domain.token;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes an API write safe to retry. The first request with a key claims it in the same transaction
 * as the write and stores the response; a retry with the same key and the same body gets that
 * response again without doing anything, and a different body with the same key is refused. A
 * concurrent retry waits for the first to commit (PostgreSQL holds the key's row). A request that
 * fails rolls back its claim, so the key can be used again once the request is corrected.
 */
@Service
public class IdempotencyKeys {

    /** Keys longer than this are refused by the web tier before they reach here. */
    public static final int MAX_KEY_LENGTH = 255;

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs {@code write} once for the user's key and request body.
     *
     * @throws IdempotencyKeyReused when the key was used before with a different body
     */
    @Transactional
    public StoredResponse once(
            long userId, long supplierId, String key, byte[] requestBody, Supplier<StoredResponse> write) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("An Idempotency-Key is 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String requestHash = sha256(requestBody);
        int claimed = jdbc.sql("""
                        insert into api_idempotency_key (user_id, idempotency_key, supplier_id, request_hash)
                        values (?, ?, ?, ?) on conflict (user_id, idempotency_key) do nothing
                        """).params(userId, key, supplierId, requestHash).update();
        if (claimed == 1) {
            StoredResponse response = write.get();
            jdbc.sql("""
                            update api_idempotency_key set response_status = ?, response_body = ?
                            where user_id = ? and idempotency_key = ?
                            """)
                    .params(response.status(), response.body(), userId, key)
                    .update();
            return response;
        }
        Stored stored = jdbc.sql("""
                        select request_hash, response_status, response_body from api_idempotency_key
                        where user_id = ? and idempotency_key = ?
                        """)
                .params(userId, key)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .single();
        if (!stored.requestHash().equals(requestHash)) {
            throw new IdempotencyKeyReused(key);
        }
        return new StoredResponse(stored.status(), stored.body(), true);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record Stored(String requestHash, int status, String body) {}
}
