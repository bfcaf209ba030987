package org.svtracker.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.account.SignInAccount;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;

/**
 * Personal access tokens for the JSON API. A token is {@code svt_} and 43 characters of 256 random
 * bits; only its SHA-256 is stored, so a copy of the database gives no working token. A token speaks
 * for its user while the user is enabled, until it expires or is revoked. Council staff tokens only
 * read.
 */
@Service
public class AccessTokens {

    /** What every token starts with, so that secret scanners and people recognise one. */
    public static final String PREFIX = "svt_";

    private static final Pattern SHAPE = Pattern.compile("svt_[A-Za-z0-9_-]{43}");
    private static final int HINT_LENGTH = PREFIX.length() + 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    AccessTokens(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a token for a supplier user or a member of council staff; its value is returned only here. */
    @Transactional
    public IssuedToken issue(long userId, String name, TokenLifetime lifetime, Actor actor) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new IllegalArgumentException("A token needs a name of 1 to 100 characters");
        }
        Owner owner = jdbc.sql("select role, council_id, supplier_id from user_account where id = ? and enabled")
                .param(userId)
                .query((rs, n) ->
                        new Owner(Role.valueOf(rs.getString(1)), (Long) rs.getObject(2), (Long) rs.getObject(3)))
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No enabled user " + userId));
        if (owner.role() != Role.SUPPLIER && !owner.role().isCouncilStaff()) {
            throw new IllegalArgumentException(owner.role() + " users cannot have API tokens");
        }
        boolean readOnly = owner.role().isCouncilStaff();
        String token = newToken();
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expiresAt = now.plusDays(lifetime.days());
        long id = jdbc.sql("""
                        insert into api_token (user_id, council_id, supplier_id, name, token_hint, token_hash,
                                               read_only, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        userId,
                        owner.councilId(),
                        owner.supplierId(),
                        trimmed,
                        token.substring(0, HINT_LENGTH),
                        hash(token),
                        readOnly,
                        now,
                        expiresAt)
                .query(Long.class)
                .single();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", trimmed);
        details.put("readOnly", readOnly);
        details.put("expiresAt", expiresAt);
        audit.record(actor, owner.councilId(), AuditedEntity.API_TOKEN, id, "CREATED", details);
        return new IssuedToken(id, trimmed, token, readOnly, expiresAt);
    }

    /** The user's own tokens, newest first. */
    @Transactional(readOnly = true)
    public List<TokenSummary> tokensOf(long userId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("""
                        select id, name, token_hint, read_only, created_at, expires_at, last_used_at, revoked_at
                        from api_token where user_id = ? order by created_at desc, id desc
                        """)
                .param(userId)
                .query((rs, n) -> {
                    OffsetDateTime expiresAt = rs.getObject(6, OffsetDateTime.class);
                    OffsetDateTime revokedAt = rs.getObject(8, OffsetDateTime.class);
                    TokenState state = revokedAt != null
                            ? TokenState.REVOKED
                            : expiresAt.isAfter(now) ? TokenState.ACTIVE : TokenState.EXPIRED;
                    return new TokenSummary(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getBoolean(4),
                            rs.getObject(5, OffsetDateTime.class),
                            expiresAt,
                            rs.getObject(7, OffsetDateTime.class),
                            revokedAt,
                            state);
                })
                .list();
    }

    /** Revokes one of the user's own tokens; revoking it again changes nothing. */
    @Transactional
    public void revoke(long userId, long tokenId, Actor actor) {
        List<Long> councils = jdbc.sql("select council_id from api_token where id = ? and user_id = ?")
                .params(tokenId, userId)
                .query((rs, n) -> (Long) rs.getObject(1))
                .list();
        if (councils.isEmpty()) {
            throw TokenNotFound.forId(tokenId);
        }
        Long councilId = councils.get(0);
        int revoked = jdbc.sql(
                        "update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(OffsetDateTime.now(clock), tokenId, userId)
                .update();
        if (revoked == 1) {
            audit.record(actor, councilId, AuditedEntity.API_TOKEN, tokenId, "REVOKED", Map.of());
        }
    }

    /**
     * The holder of a presented token: empty for a malformed, unknown, expired or revoked token, and
     * for a disabled user's. Notes when the token was last used (at most once a minute).
     */
    @Transactional
    public Optional<TokenHolder> authenticate(String presented) {
        if (!looksLikeAToken(presented)) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<TokenHolder> holder = jdbc.sql("""
                        select t.id, t.read_only, u.id, u.username, u.display_name, u.role, u.enabled,
                               u.council_id, c.slug, c.name, u.supplier_id, s.name
                        from api_token t
                        join user_account u on u.id = t.user_id
                        left join council c on c.id = u.council_id
                        left join supplier s on s.id = u.supplier_id
                        where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and u.enabled
                        """)
                .params(hash(presented), now)
                .query((rs, n) -> new TokenHolder(
                        rs.getLong(1),
                        rs.getBoolean(2),
                        new SignInAccount(
                                rs.getLong(3),
                                rs.getString(4),
                                rs.getString(5),
                                null,
                                Role.valueOf(rs.getString(6)),
                                rs.getBoolean(7),
                                (Long) rs.getObject(8),
                                rs.getString(9),
                                rs.getString(10),
                                (Long) rs.getObject(11),
                                rs.getString(12))))
                .optional();
        holder.ifPresent(
                h -> jdbc.sql("""
                        update api_token set last_used_at = ?
                        where id = ? and (last_used_at is null or last_used_at < ?)
                        """).params(now, h.tokenId(), now.minusMinutes(1)).update());
        return holder;
    }

    /** Whether a string has the shape of a token: checked before any database lookup. */
    public static boolean looksLikeAToken(String presented) {
        return presented != null && SHAPE.matcher(presented).matches();
    }

    /** The SHA-256 of a token, in hex, as stored. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record Owner(Role role, Long councilId, Long supplierId) {}
}
