package org.svtracker.domain.account;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;

/** User accounts: who can sign in, and to which council or supplier they belong. */
@Service
public class Accounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Accounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc, AuditTrail audit) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every user of the council, for its council admin. */
    @Transactional(readOnly = true)
    public List<CouncilUser> usersOfCouncil(long councilId) {
        return accounts.findByCouncilIdOrderByRoleAscDisplayNameAsc(councilId).stream()
                .map(Accounts::councilUser)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<CouncilUser> userOfCouncil(long councilId, long userId) {
        return accounts.findByIdAndCouncilId(userId, councilId).map(Accounts::councilUser);
    }

    /** Every user of the supplier, for the supplier's own users. */
    @Transactional(readOnly = true)
    public List<SupplierColleague> usersOfSupplier(long supplierId) {
        return accounts.findBySupplierIdOrderByDisplayNameAsc(supplierId).stream()
                .map(u -> new SupplierColleague(u.id(), u.username(), u.displayName(), u.email(), u.enabled()))
                .toList();
    }

    /**
     * Disables a user of the council: they can no longer sign in (the web tier also ends their
     * sessions). A council admin cannot disable their own account.
     *
     * @throws AccountNotFound when the user is not of this council
     * @throws ObjectOptimisticLockingFailureException when the user changed since {@code expectedVersion}
     */
    @Transactional
    public void disableUser(long councilId, long userId, long expectedVersion, Actor actor) {
        UserAccount account = editable(councilId, userId, expectedVersion);
        if (actor.userId() != null && actor.userId() == userId) {
            throw new IllegalStateException("A council admin cannot disable their own account");
        }
        account.disable();
        saveAndRecord(account, councilId, "DISABLED", actor);
    }

    /** Lets a disabled user of the council sign in again. */
    @Transactional
    public void enableUser(long councilId, long userId, long expectedVersion, Actor actor) {
        UserAccount account = editable(councilId, userId, expectedVersion);
        account.enable();
        saveAndRecord(account, councilId, "ENABLED", actor);
    }

    private void saveAndRecord(UserAccount account, long councilId, String event, Actor actor) {
        accounts.saveAndFlush(account);
        audit.record(
                actor,
                councilId,
                AuditedEntity.USER_ACCOUNT,
                account.id(),
                event,
                Map.of("username", account.username()));
    }

    private UserAccount editable(long councilId, long userId, long expectedVersion) {
        UserAccount account =
                accounts.findByIdAndCouncilId(userId, councilId).orElseThrow(() -> AccountNotFound.forId(userId));
        if (account.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, userId);
        }
        return account;
    }

    private static CouncilUser councilUser(UserAccount u) {
        return new CouncilUser(u.id(), u.username(), u.displayName(), u.email(), u.role(), u.enabled(), u.version());
    }

    @Transactional(readOnly = true)
    public Optional<SignInAccount> findForSignIn(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.password_hash, u.role, u.enabled,
                               u.council_id, c.slug, c.name, u.supplier_id, s.name
                        from user_account u
                        left join council c on c.id = u.council_id
                        left join supplier s on s.id = u.supplier_id
                        where u.username = ?
                        """)
                .param(username.trim().toLowerCase(Locale.ROOT))
                .query((rs, n) -> new SignInAccount(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Role.valueOf(rs.getString(5)),
                        rs.getBoolean(6),
                        (Long) rs.getObject(7),
                        rs.getString(8),
                        rs.getString(9),
                        (Long) rs.getObject(10),
                        rs.getString(11)))
                .optional();
    }

    @Transactional(readOnly = true)
    public List<StaffMember> staffOf(long councilId) {
        return accounts.findByCouncilIdOrderByRoleAscDisplayNameAsc(councilId).stream()
                .map(u -> new StaffMember(u.id(), u.username(), u.displayName(), u.role(), u.enabled()))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username.toLowerCase(Locale.ROOT));
    }

    @Transactional
    public long createCouncilStaff(NewStaffMember user) {
        PasswordPolicy.check(user.password());
        UserAccount account = UserAccount.councilStaff(
                user.username(),
                user.displayName(),
                user.email(),
                passwordEncoder.encode(user.password()),
                user.role(),
                user.councilId());
        return accounts.save(account).id();
    }

    @Transactional
    public long createSupplierUser(
            String username, String displayName, String email, String password, long supplierId) {
        PasswordPolicy.check(password);
        return accounts.save(UserAccount.supplierUser(
                        username, displayName, email, passwordEncoder.encode(password), supplierId))
                .id();
    }

    @Transactional
    public long createPlatformAdmin(String username, String displayName, String email, String password) {
        PasswordPolicy.check(password);
        return accounts.save(UserAccount.platformAdmin(username, displayName, email, passwordEncoder.encode(password)))
                .id();
    }
}
