package org.svtracker.domain.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: who can sign in, and to which council or supplier they belong. */
@Service
public class Accounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;

    Accounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
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
