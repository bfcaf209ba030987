package org.svtracker.domain.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import org.svtracker.domain.VersionedEntity;

/** Someone who signs in: council staff, a supplier's staff member or the platform admin. */
@Entity
@Table(name = "user_account")
public class UserAccount extends VersionedEntity {

    private String username;

    private String displayName;

    private String email;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long councilId;

    private Long supplierId;

    private boolean enabled;

    protected UserAccount() {}

    private UserAccount(
            String username,
            String displayName,
            String email,
            String passwordHash,
            Role role,
            Long councilId,
            Long supplierId) {
        this.username = username.toLowerCase(Locale.ROOT);
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.councilId = councilId;
        this.supplierId = supplierId;
        this.enabled = true;
    }

    static UserAccount councilStaff(
            String username, String displayName, String email, String passwordHash, Role role, long councilId) {
        if (!role.isCouncilStaff()) {
            throw new IllegalArgumentException(role + " is not a council staff role");
        }
        return new UserAccount(username, displayName, email, passwordHash, role, councilId, null);
    }

    static UserAccount supplierUser(
            String username, String displayName, String email, String passwordHash, long supplierId) {
        return new UserAccount(username, displayName, email, passwordHash, Role.SUPPLIER, null, supplierId);
    }

    static UserAccount platformAdmin(String username, String displayName, String email, String passwordHash) {
        return new UserAccount(username, displayName, email, passwordHash, Role.PLATFORM_ADMIN, null, null);
    }

    /** A disabled user cannot sign in, and their sessions end. */
    void disable() {
        if (!enabled) {
            throw AccountUnchanged.already(false, username);
        }
        this.enabled = false;
    }

    void enable() {
        if (enabled) {
            throw AccountUnchanged.already(true, username);
        }
        this.enabled = true;
    }

    void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Long councilId() {
        return councilId;
    }

    public Long supplierId() {
        return supplierId;
    }

    public boolean enabled() {
        return enabled;
    }
}
