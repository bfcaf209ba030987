package org.svtracker.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.svtracker.domain.DomainIntegrationTest;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.DomainFixtures.TestCouncil;

@DomainIntegrationTest
class AccessTokensTests {

    @Autowired
    AccessTokens tokens;

    @Autowired
    Accounts accounts;

    @Autowired
    DomainFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    long supplierUser;
    long otherSupplierUser;
    TestCouncil council;
    final Actor actor = Actor.system("test");

    @BeforeEach
    void users() {
        long supplier = fixtures.supplier("Token Works Ltd");
        supplierUser =
                accounts.createSupplierUser("tokens.user", "Token User", null, "a long enough password", supplier);
        otherSupplierUser =
                accounts.createSupplierUser("tokens.other", "Other User", null, "a long enough password", supplier);
        council = fixtures.council("tokenshire");
    }

    @Test
    void aTokenIsRandomPrefixedAndStoredOnlyAsItsHash() {
        IssuedToken issued = tokens.issue(supplierUser, "ERP", TokenLifetime.DAYS_90, actor);

        assertThat(issued.token()).matches("svt_[A-Za-z0-9_-]{43}");
        assertThat(issued.readOnly()).isFalse();
        assertThat(tokens.issue(supplierUser, "ERP", TokenLifetime.DAYS_90, actor)
                        .token())
                .isNotEqualTo(issued.token());
        assertThat(jdbc.sql("select count(*) from api_token t where row_to_json(t)::text like ?")
                        .param("%" + issued.token().substring(8) + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(tokens.authenticate(issued.token()).orElseThrow().account().username())
                .isEqualTo("tokens.user");
    }

    @Test
    void councilStaffTokensAreReadOnlyAndThePlatformAdminHasNone() {
        assertThat(tokens.issue(council.contractManagerId(), "BI", TokenLifetime.DAYS_30, actor)
                        .readOnly())
                .isTrue();
        long admin = accounts.createPlatformAdmin("tokens.admin", "Admin", null, "a long enough password");

        assertThatThrownBy(() -> tokens.issue(admin, "x", TokenLifetime.DAYS_30, actor))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExpiredARevokedOrAMalformedTokenAuthenticatesNoOne() {
        IssuedToken expired = tokens.issue(supplierUser, "old", TokenLifetime.DAYS_30, actor);
        jdbc.sql("update api_token set created_at = now() - interval '31 days', expires_at = now() - interval '1 day'"
                        + " where id = ?")
                .param(expired.id())
                .update();
        IssuedToken revoked = tokens.issue(supplierUser, "gone", TokenLifetime.DAYS_30, actor);
        tokens.revoke(supplierUser, revoked.id(), actor);

        assertThat(tokens.authenticate(expired.token())).isEmpty();
        assertThat(tokens.authenticate(revoked.token())).isEmpty();
        assertThat(tokens.authenticate("svt_short")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
        assertThat(tokens.tokensOf(supplierUser))
                .extracting(TokenSummary::state)
                .containsExactlyInAnyOrder(TokenState.EXPIRED, TokenState.REVOKED);
    }

    @Test
    void aDisabledUsersTokenAuthenticatesNoOne() {
        IssuedToken issued = tokens.issue(supplierUser, "ERP", TokenLifetime.DAYS_30, actor);
        jdbc.sql("update user_account set enabled = false where id = ?")
                .param(supplierUser)
                .update();

        assertThat(tokens.authenticate(issued.token())).isEmpty();
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() {
        IssuedToken issued = tokens.issue(supplierUser, "ERP", TokenLifetime.DAYS_30, actor);

        assertThatThrownBy(() -> tokens.revoke(otherSupplierUser, issued.id(), actor))
                .isInstanceOf(TokenNotFound.class);
        assertThat(tokens.authenticate(issued.token())).isPresent();
        assertThat(tokens.tokensOf(otherSupplierUser)).isEmpty();
    }
}
