package org.svtracker.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.svtracker.domain.token.AccessTokens;
import org.svtracker.web.WebIntegrationTest;
import org.svtracker.web.api.ApiFixtures.World;

/** The API tokens pages: a token shown once and stored hashed, revoked, and each user's own only. */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokensPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    World world;

    @BeforeAll
    void aCouncilWithTwoSuppliers() {
        world = new ApiFixtures(context).world();
    }

    @Test
    void aSupplierCreatesATokenThatIsShownOnceStoredHashedAndWorks() throws Exception {
        UserDetails alpha = users.loadUserByUsername("alpha." + world.slug());
        Document form =
                page(mvc.get().uri("/account/tokens/new").with(user(alpha)).exchange());
        String formToken = form.select("input[name=formToken]").val();
        assertThat(form.select("input[name=expiry]")).hasSize(3);

        MvcTestResult created = create(alpha, "Finance system", "90", formToken);

        assertThat(created).hasStatusOk();
        Document shown = page(created);
        String token = shown.select("#token-value").text();
        assertThat(token).startsWith("svt_").hasSize(47);
        assertThat(created.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");

        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?")
                        .param(AccessTokens.hash(token))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from api_token t where row_to_json(t)::text like ?")
                        .param("%" + token.substring(8) + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_event e where row_to_json(e)::text like ?")
                        .param("%" + token.substring(8) + "%")
                        .query(Long.class)
                        .single())
                .isZero();

        Document list = page(mvc.get().uri("/account/tokens").with(user(alpha)).exchange());
        assertThat(list.select("#tokens-table").text())
                .contains("Finance system")
                .contains(token.substring(0, 8));
        assertThat(list.html()).doesNotContain(token);
        assertThat(list.select("#revoked-title")).isEmpty();

        assertThat(mvc.get()
                        .uri("/api/v1/contracts")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .exchange())
                .hasStatusOk();
    }

    @Test
    void sendingTheFormAgainCreatesNoSecondTokenAndShowsNothingSecret() throws Exception {
        UserDetails alpha = users.loadUserByUsername("alpha2." + world.slug());
        String formToken = UUID.randomUUID().toString();
        assertThat(page(create(alpha, "Twice", "30", formToken)).select("#token-value"))
                .hasSize(1);

        Document again = page(create(alpha, "Twice", "30", formToken));

        assertThat(again.select("#token-value")).isEmpty();
        assertThat(again.select("#already-created")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from api_token where user_id = ? and name = 'Twice'")
                        .param(world.alphaSecondUser())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anEmptyNameAndNoExpiryAreShownAsErrorsAndNothingIsCreated() throws Exception {
        UserDetails beta = users.loadUserByUsername("beta." + world.slug());
        long before = tokensOf(world.betaUser());

        Document page = page(mvc.post()
                .uri("/account/tokens/new")
                .with(user(beta))
                .with(csrf())
                .param("name", " ")
                .param("expiry", "7")
                .param("formToken", UUID.randomUUID().toString())
                .exchange());

        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#name", "#expiry");
        assertThat(page.select("#name-error").text()).contains("Enter a name for the token");
        assertThat(page.select("#expiry-error").text()).contains("Select when the token should expire");
        assertThat(page.title()).startsWith("Error:");
        assertThat(tokensOf(world.betaUser())).isEqualTo(before);
    }

    @Test
    void aUserRevokesTheirTokenAndItStopsWorking() throws Exception {
        UserDetails beta = users.loadUserByUsername("beta." + world.slug());
        String token = page(create(beta, "To revoke", "30", UUID.randomUUID().toString()))
                .select("#token-value")
                .text();
        long id = idOf(token);

        MvcTestResult revoked = mvc.post()
                .uri("/account/tokens/" + id + "/revoke")
                .with(user(beta))
                .with(csrf())
                .exchange();

        assertThat(revoked).hasRedirectedUrl("/account/tokens");
        assertThat(revoked).flash().containsEntry("revoked", "To revoke");
        assertThat(mvc.get()
                        .uri("/api/v1/contracts")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .exchange())
                .hasStatus(401);
    }

    @Test
    void anotherUsersTokenIsNotFoundAndStaysActive() throws Exception {
        UserDetails beta = users.loadUserByUsername("beta." + world.slug());
        UserDetails alpha = users.loadUserByUsername("alpha." + world.slug());
        String token = page(create(beta, "Beta's own", "30", UUID.randomUUID().toString()))
                .select("#token-value")
                .text();

        MvcTestResult attempt = mvc.post()
                .uri("/account/tokens/" + idOf(token) + "/revoke")
                .with(user(alpha))
                .with(csrf())
                .exchange();

        assertThat(attempt).hasStatus(404);
        assertThat(jdbc.sql("select revoked_at is null from api_token where id = ?")
                        .param(idOf(token))
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void revokingNeedsTheFormsCsrfToken() {
        UserDetails beta = users.loadUserByUsername("beta." + world.slug());

        assertThat(mvc.post().uri("/account/tokens/1/revoke").with(user(beta))).hasStatus(403);
    }

    @Test
    void councilStaffGetReadOnlyTokensAndThePlatformAdminNone() throws Exception {
        UserDetails councillor = users.loadUserByUsername("councillor." + world.slug());

        Document shown =
                page(create(councillor, "Dashboard", "365", UUID.randomUUID().toString()));

        assertThat(jdbc.sql("select read_only from api_token where token_hash = ?")
                        .param(AccessTokens.hash(shown.select("#token-value").text()))
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(page(mvc.get().uri("/account/tokens").with(user(councillor)).exchange())
                        .select("#tokens-table")
                        .text())
                .contains("Read only");
        assertThat(mvc.get().uri("/account/tokens").with(user(users.loadUserByUsername("platform.admin"))))
                .hasStatus(403);
    }

    @Test
    void theApiReferenceIsPublicAndListsEveryEndpointOfTheDescription() throws Exception {
        MvcTestResult reference = mvc.get().uri("/api-reference").exchange();

        assertThat(reference).hasStatusOk();
        Document page = page(reference);
        assertThat(page.select("h1").text()).isEqualTo("API reference");
        assertThat(page.select("section.app-endpoint h3 code").eachText())
                .contains(
                        "GET /api/v1/contracts",
                        "POST /api/v1/returns",
                        "GET /api/v1/returns/{id}",
                        "POST /api/v1/returns/{id}/evidence",
                        "POST /api/v1/returns/{id}/submission",
                        "GET /api/v1/councils/{council}/reports/{year}");
        assertThat(page.select("#post-api-v1-returns").text())
                .contains("Idempotency-Key")
                .contains("commitmentId")
                .contains("Q1 2025/26");
        assertThat(page.select("#schema-Return").text()).contains("queryQuestion");
        assertThat(page.select("#post-api-v1-returns pre").last().text()).contains("\"queryQuestion\"");
        assertThat(page.select("script[src*=swagger]")).isEmpty();
    }

    private MvcTestResult create(UserDetails who, String name, String expiry, String formToken) {
        return mvc.post()
                .uri("/account/tokens/new")
                .with(user(who))
                .with(csrf())
                .param("name", name)
                .param("expiry", expiry)
                .param("formToken", formToken)
                .exchange();
    }

    private long idOf(String token) {
        return jdbc.sql("select id from api_token where token_hash = ?")
                .param(AccessTokens.hash(token))
                .query(Long.class)
                .single();
    }

    private long tokensOf(long userId) {
        return jdbc.sql("select count(*) from api_token where user_id = ?")
                .param(userId)
                .query(Long.class)
                .single();
    }

    private static Document page(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
