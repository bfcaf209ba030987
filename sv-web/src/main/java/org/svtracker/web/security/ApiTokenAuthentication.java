package org.svtracker.web.security;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal access token: the token's user, and whether it only reads. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignedInUser user;
    private final long tokenId;
    private final boolean readOnly;

    ApiTokenAuthentication(SignedInUser user, long tokenId, boolean readOnly) {
        super(user.getAuthorities());
        this.user = user;
        this.tokenId = tokenId;
        this.readOnly = readOnly;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }

    public long tokenId() {
        return tokenId;
    }

    public boolean readOnly() {
        return readOnly;
    }
}
