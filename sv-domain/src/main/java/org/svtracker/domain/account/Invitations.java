package org.svtracker.domain.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
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
 * Invitations by email: council staff invited by their council admin, supplier contacts invited by a
 * council's staff or by their own colleagues. The mail carries a single-use link that expires after
 * {@link #VALID_FOR}; following it, the person sets a password and their account is created. The
 * username is the email address.
 */
@Service
public class Invitations {

    public static final Duration VALID_FOR = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Mailer mailer;

    Invitations(
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

    /** Whether someone already has an account under this email address (their username). */
    @Transactional(readOnly = true)
    public boolean isRegistered(String email) {
        String address = normalise(email);
        return accounts.existsByUsername(address)
                || jdbc.sql("select exists (select 1 from user_account where lower(email) = ?)")
                        .param(address)
                        .query(Boolean.class)
                        .single();
    }

    /** The suppliers holding a contract with the council, whose contacts its staff may invite. */
    @Transactional(readOnly = true)
    public List<SupplierChoice> suppliersOfCouncil(long councilId) {
        return jdbc.sql("""
                        select s.id, s.name from supplier s
                        where exists (select 1 from contract c where c.council_id = ? and c.supplier_id = s.id)
                        order by s.name
                        """)
                .param(councilId)
                .query((rs, n) -> new SupplierChoice(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** A council admin invites a member of their council's staff with a role. */
    @Transactional
    public IssuedLink inviteCouncilStaff(
            long councilId,
            String email,
            String displayName,
            Role role,
            Actor invitedBy,
            Function<IssuedLink, Mail> letter) {
        if (!role.isCouncilStaff()) {
            throw new IllegalArgumentException(role + " is not a council staff role");
        }
        return invite(email, displayName, role, councilId, null, councilId, invitedBy, letter);
    }

    /**
     * A council's staff invite a contact of a supplier that holds a contract with their council; any
     * other supplier is not found.
     */
    @Transactional
    public IssuedLink inviteSupplierContact(
            long councilId,
            long supplierId,
            String email,
            String displayName,
            Actor invitedBy,
            Function<IssuedLink, Mail> letter) {
        if (suppliersOfCouncil(councilId).stream().noneMatch(s -> s.id() == supplierId)) {
            throw AccountNotFound.forId(supplierId);
        }
        return invite(email, displayName, Role.SUPPLIER, null, supplierId, councilId, invitedBy, letter);
    }

    /** A supplier's user invites a colleague of the same supplier. */
    @Transactional
    public IssuedLink inviteSupplierColleague(
            long supplierId, String email, String displayName, Actor invitedBy, Function<IssuedLink, Mail> letter) {
        return invite(email, displayName, Role.SUPPLIER, null, supplierId, null, invitedBy, letter);
    }

    private IssuedLink invite(
            String email,
            String displayName,
            Role role,
            Long councilId,
            Long supplierId,
            Long auditCouncilId,
            Actor invitedBy,
            Function<IssuedLink, Mail> letter) {
        String address = normalise(email);
        if (isRegistered(address)) {
            throw AlreadyRegistered.email();
        }
        String token = Tokens.newToken();
        OffsetDateTime expiresAt = now().plus(VALID_FOR);
        long id = jdbc.sql("""
                        insert into invitation (token_hash, email, display_name, role, council_id, supplier_id,
                                                invited_by, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        Tokens.hash(token),
                        address,
                        displayName.strip(),
                        role.name(),
                        councilId,
                        supplierId,
                        invitedBy.userId(),
                        expiresAt)
                .query(Long.class)
                .single();
        audit.record(
                invitedBy,
                auditCouncilId,
                AuditedEntity.INVITATION,
                id,
                "SENT",
                supplierId == null
                        ? Map.of("email", address, "role", role.name())
                        : Map.of("email", address, "role", role.name(), "supplierId", supplierId));
        IssuedLink link = new IssuedLink(id, token, address, address, displayName.strip(), expiresAt);
        mailer.send(letter.apply(link));
        return link;
    }

    @Transactional(readOnly = true)
    public List<PendingInvitation> pendingForCouncil(long councilId) {
        return pending("council_id", councilId);
    }

    @Transactional(readOnly = true)
    public List<PendingInvitation> pendingForSupplier(long supplierId) {
        return pending("supplier_id", supplierId);
    }

    private List<PendingInvitation> pending(String column, long id) {
        return jdbc.sql("select id, email, display_name, role, created_at, expires_at from invitation where "
                        + column
                        + " = ? and used_at is null and expires_at > now() order by created_at desc, id desc")
                .param(id)
                .query((rs, n) -> new PendingInvitation(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Role.valueOf(rs.getString(4)),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class)))
                .list();
    }

    /** The invitation behind a link, if it can still be used. */
    @Transactional(readOnly = true)
    public Optional<OpenInvitation> open(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select i.email, i.display_name, i.role, coalesce(c.name, s.name)
                        from invitation i
                        left join council c on c.id = i.council_id
                        left join supplier s on s.id = i.supplier_id
                        where i.token_hash = ? and i.used_at is null and i.expires_at > now()
                        """)
                .param(Tokens.hash(token))
                .query((rs, n) -> new OpenInvitation(
                        rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4)))
                .optional();
    }

    /**
     * Creates the invited person's account with their password and uses up the link, and every other
     * open invitation to the same address. Returns the new account's username.
     *
     * @throws LinkNotUsable when the link is unknown, expired or used
     * @throws IllegalArgumentException when the password breaks the {@link PasswordPolicy}
     */
    @Transactional
    public String accept(String token, String password) {
        if (token == null || token.isBlank()) {
            throw LinkNotUsable.forToken();
        }
        record Row(long id, String email, String displayName, Role role, Long councilId, Long supplierId) {}
        Row row = jdbc.sql("""
                        select id, email, display_name, role, council_id, supplier_id from invitation
                        where token_hash = ? and used_at is null and expires_at > now()
                        for update
                        """)
                .param(Tokens.hash(token))
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Role.valueOf(rs.getString(4)),
                        (Long) rs.getObject(5),
                        (Long) rs.getObject(6)))
                .optional()
                .orElseThrow(LinkNotUsable::forToken);
        PasswordPolicy.check(password);
        if (isRegistered(row.email())) {
            throw LinkNotUsable.forToken();
        }
        String hash = passwordEncoder.encode(password);
        UserAccount account = row.role() == Role.SUPPLIER
                ? UserAccount.supplierUser(row.email(), row.displayName(), row.email(), hash, row.supplierId())
                : UserAccount.councilStaff(
                        row.email(), row.displayName(), row.email(), hash, row.role(), row.councilId());
        account = accounts.saveAndFlush(account);
        jdbc.sql("update invitation set used_at = now(), user_account_id = ? where id = ?")
                .params(account.id(), row.id())
                .update();
        jdbc.sql("update invitation set used_at = now() where email = ? and used_at is null")
                .param(row.email())
                .update();
        audit.record(
                Actor.user(account.id(), account.displayName()),
                row.councilId(),
                AuditedEntity.USER_ACCOUNT,
                account.id(),
                "CREATED",
                Map.of("username", account.username(), "role", row.role().name(), "invitationId", row.id()));
        return account.username();
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
