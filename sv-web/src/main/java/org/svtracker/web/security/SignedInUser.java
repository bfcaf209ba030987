package org.svtracker.web.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.account.SignInAccount;
import org.svtracker.domain.audit.Actor;

/**
 * The person behind a request, with the one council or supplier they belong to. Every tenant-scoped
 * query takes its council or supplier from here, never from the request.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private final Long councilId;
    private final String councilSlug;
    private final String councilName;
    private final Long supplierId;
    private final String supplierName;
    private String passwordHash;

    SignedInUser(SignInAccount account) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.role = account.role();
        this.enabled = account.enabled();
        this.councilId = account.councilId();
        this.councilSlug = account.councilSlug();
        this.councilName = account.councilName();
        this.supplierId = account.supplierId();
        this.supplierName = account.supplierName();
        this.passwordHash = account.passwordHash();
    }

    /** Who the audit trail records for what this user does in the service. */
    public Actor actor() {
        return Actor.user(id, displayName);
    }

    /** Who the audit trail records for what this user does through the API with a token. */
    public Actor apiActor() {
        return Actor.user(id, displayName + " (API)");
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Long councilId() {
        return councilId;
    }

    public String councilSlug() {
        return councilSlug;
    }

    public String councilName() {
        return councilName;
    }

    public Long supplierId() {
        return supplierId;
    }

    public String supplierName() {
        return supplierName;
    }

    /** The organisation the user acts for, as the pages name it. */
    public String organisationName() {
        return councilName != null ? councilName : supplierName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
