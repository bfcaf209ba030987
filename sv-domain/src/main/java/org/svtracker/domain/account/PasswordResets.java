package org.svtracker.domain.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;
import org.svtracker.domain.mail.Mail;
import org.svtracker.domain.mail.Mailer;

/**
 * Password reset by email: a single-use link valid for {@link #VALID_FOR}. Using one link uses up
 * every other reset link of the same account. Whether an address is registered is never told to
 * the person asking: the web tier answers the same page either way and does this work off the
 * request thread.
 */
@Service
public class PasswordResets {

    public static final Duration VALID_FOR = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Mailer mailer;

    PasswordResets(
            JdbcClient jdbc,
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            AuditTrail audit,
            Mailer mailer) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.mailer = mailer;
    }

    /**
     * Mails a reset link to every enabled account with this email address; does nothing for an
     * address no enabled account has. Returns how many links were sent (for the tests and the log
     * only, never for the person asking).
     */
    @Transactional
    public int requestReset(String email, Function<IssuedLink, Mail> letter) {
        String address = Invitations.normalise(email);
        if (address.isEmpty()) {
            return 0;
        }
        List<UserAccount> owners = accounts.findByEmailIgnoreCaseAndEnabledTrue(address);
        for (UserAccount owner : owners) {
            String token = Tokens.newToken();
            OffsetDateTime expiresAt = OffsetDateTime.now(ZoneOffset.UTC).plus(VALID_FOR);
            long id = jdbc.sql("""
                            insert into password_reset (token_hash, user_account_id, expires_at)
                            values (?, ?, ?) returning id
                            """)
                    .params(Tokens.hash(token), owner.id(), expiresAt)
                    .query(Long.class)
                    .single();
            mailer.send(letter.apply(
                    new IssuedLink(id, token, owner.email(), owner.username(), owner.displayName(), expiresAt)));
        }
        return owners.size();
    }

    /** The username a reset link is for, if the link can still be used. */
    @Transactional(readOnly = true)
    public Optional<String> open(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select u.username from password_reset r join user_account u on u.id = r.user_account_id
                        where r.token_hash = ? and r.used_at is null and r.expires_at > now() and u.enabled
                        """).param(Tokens.hash(token)).query(String.class).optional();
    }

    /**
     * Sets the new password and uses up every reset link of the account. Returns the account's id,
     * so that the web tier can end the sessions that were signed in with the old password.
     *
     * @throws LinkNotUsable when the link is unknown, expired or used, or the account is disabled
     * @throws IllegalArgumentException when the password breaks the {@link PasswordPolicy}
     */
    @Transactional
    public long resetPassword(String token, String newPassword) {
        if (token == null || token.isBlank()) {
            throw LinkNotUsable.forToken();
        }
        long accountId = jdbc.sql("""
                        select user_account_id from password_reset
                        where token_hash = ? and used_at is null and expires_at > now()
                        for update
                        """)
                .param(Tokens.hash(token))
                .query(Long.class)
                .optional()
                .orElseThrow(LinkNotUsable::forToken);
        UserAccount account =
                accounts.findById(accountId).filter(UserAccount::enabled).orElseThrow(LinkNotUsable::forToken);
        PasswordPolicy.check(newPassword);
        account.changePassword(passwordEncoder.encode(newPassword));
        accounts.saveAndFlush(account);
        jdbc.sql("update password_reset set used_at = now() where user_account_id = ? and used_at is null")
                .param(accountId)
                .update();
        audit.record(
                Actor.user(account.id(), account.displayName()),
                account.councilId(),
                AuditedEntity.USER_ACCOUNT,
                account.id(),
                "PASSWORD_RESET",
                Map.of());
        return account.id();
    }
}
