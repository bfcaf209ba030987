package org.svtracker.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.account.NewStaffMember;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.domain.testing.QueryCounter;
import org.svtracker.web.TestMailServer;
import org.svtracker.web.WebIntegrationTest;

@WebIntegrationTest
class CouncilUsersTests {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    QueryCounter queries;

    @Autowired
    UserDetailsService users;

    AccountFixtures fixtures() {
        return new AccountFixtures(jdbc);
    }

    /** A staff member of their own, so that disabling them changes no one other tests use. */
    private String newStaff(String council, Role role) {
        String username = AccountFixtures.freshEmail("staff").replace("@example.test", "");
        accounts.createCouncilStaff(new NewStaffMember(
                username,
                "Test " + username,
                username + "@example.test",
                PASSWORD,
                role,
                fixtures().councilId(council)));
        return username;
    }

    @Test
    @WithUserDetails("admin.leicestershire")
    void theCouncilAdminSeesTheirOwnCouncilsUsersWithRoleAndStatus() throws Exception {
        Document page = page(mvc.get().uri("/admin/users").exchange());

        assertThat(page.select("h1").text()).isEqualTo("Users");
        assertThat(page.select("#users tbody td:nth-child(2)").eachText())
                .contains("admin.leicestershire", "contracts.leicestershire")
                .noneMatch(u -> u.contains("surrey"));
        assertThat(page.select("#users tbody tr").first().text()).contains("Active");
        assertThat(page.select(".govuk-service-navigation__item--active").text())
                .isEqualTo("Users");
    }

    @Test
    @WithUserDetails("admin.southend")
    void theUsersPageTakesTheSameNumberOfQueriesForFewAndManyUsers() throws Exception {
        long few = queries.countOf(() -> mvc.get().uri("/admin/users").exchange());
        for (int i = 0; i < 5; i++) {
            newStaff("southend", Role.COUNCILLOR);
        }
        long more = queries.countOf(() -> mvc.get().uri("/admin/users").exchange());
        assertThat(more).isEqualTo(few);
    }

    /** Signing in through the form in the same test replaces a test user, so the admin is named per request. */
    @Test
    void aDisabledUsersSessionEndsAndTheyCannotSignInUntilEnabled() throws Exception {
        var admin = user(users.loadUserByUsername("admin.warwickshire"));
        String username = newStaff("warwickshire", Role.CONTRACT_MANAGER);
        MockHttpSession session = AccountFixtures.signIn(mvc, username, PASSWORD);
        assertThat(mvc.get().uri("/").session(session).exchange()).hasStatusOk();
        long id = fixtures().userId(username);

        MvcTestResult disabled = mvc.post()
                .uri("/admin/users/{id}/disable", id)
                .param("version", String.valueOf(version(id)))
                .with(csrf())
                .with(admin)
                .exchange();
        assertThat(disabled).hasStatus3xxRedirection().hasRedirectedUrl("/admin/users");

        MvcTestResult next = mvc.get().uri("/").session(session).exchange();
        assertThat(next).hasStatus3xxRedirection().hasRedirectedUrl("/sign-in");
        MvcTestResult signIn = mvc.post()
                .uri("/sign-in")
                .param("username", username)
                .param("password", PASSWORD)
                .with(csrf())
                .exchange();
        assertThat(signIn.getResponse().getRedirectedUrl()).isNotEqualTo("/");
        assertThat(page(mvc.get().uri("/admin/users").with(admin).exchange()).text())
                .contains("Disabled");

        assertThat(mvc.post()
                        .uri("/admin/users/{id}/enable", id)
                        .param("version", String.valueOf(version(id)))
                        .with(csrf())
                        .with(admin)
                        .exchange())
                .hasRedirectedUrl("/admin/users");
        AccountFixtures.signIn(mvc, username, PASSWORD);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'UserAccount' and entity_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    @WithUserDetails("admin.warwickshire")
    void aStaleDisableSaysSomeoneElseChangedTheUserAndChangesNothing() throws Exception {
        String username = newStaff("warwickshire", Role.COUNCILLOR);
        long id = fixtures().userId(username);
        long old = version(id);
        mvc.post()
                .uri("/admin/users/{id}/disable", id)
                .param("version", String.valueOf(old))
                .with(csrf())
                .exchange();
        mvc.post()
                .uri("/admin/users/{id}/enable", id)
                .param("version", String.valueOf(old + 1))
                .with(csrf())
                .exchange();

        Document page = page(mvc.post()
                .uri("/admin/users/{id}/disable", id)
                .param("version", String.valueOf(old))
                .with(csrf())
                .exchange());

        assertThat(page.select(".govuk-error-summary").text()).contains("changed by someone else");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#user-" + id);
        assertThat(enabled(id)).isTrue();
    }

    @Test
    @WithUserDetails("admin.warwickshire")
    void aCouncilAdminCannotDisableThemselves() throws Exception {
        long self = fixtures().userId("admin.warwickshire");
        Document page = page(mvc.post()
                .uri("/admin/users/{id}/disable", self)
                .param("version", String.valueOf(version(self)))
                .with(csrf())
                .exchange());
        assertThat(page.select(".govuk-error-summary").text()).contains("You cannot disable your own account");
        assertThat(enabled(self)).isTrue();
    }

    @Test
    @WithUserDetails("admin.surrey")
    void anotherCouncilsUserIsNotFoundAndStaysEnabled() {
        String username = newStaff("oxfordshire", Role.COUNCILLOR);
        long id = fixtures().userId(username);

        assertThat(mvc.post()
                        .uri("/admin/users/{id}/disable", id)
                        .param("version", String.valueOf(version(id)))
                        .with(csrf())
                        .exchange())
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/admin/users/{id}/enable", id)
                        .param("version", String.valueOf(version(id)))
                        .with(csrf())
                        .exchange())
                .hasStatus(404);
        assertThat(enabled(id)).isTrue();
    }

    @Test
    @WithUserDetails("admin.oxfordshire")
    void theCouncilAdminInvitesStaffWithARoleAndTheInvitationIsListed() throws Exception {
        String email = AccountFixtures.freshEmail("newstaff");
        Document form = page(mvc.get().uri("/admin/users/invite").exchange());
        assertThat(form.select("input[name=role]").eachAttr("value"))
                .containsExactly("COUNCIL_ADMIN", "PROCUREMENT_OFFICER", "CONTRACT_MANAGER", "COUNCILLOR");

        Document missingRole = page(mvc.post()
                .uri("/admin/users/invite")
                .param("displayName", "New Staff")
                .param("email", email)
                .param("formToken", FormSubmissions.newToken())
                .with(csrf())
                .exchange());
        assertThat(missingRole.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#role");
        assertThat(missingRole.select("#displayName").val()).isEqualTo("New Staff");

        MvcTestResult sent = mvc.post()
                .uri("/admin/users/invite")
                .param("displayName", "New Staff")
                .param("email", email)
                .param("role", "PLATFORM_ADMIN")
                .param("formToken", FormSubmissions.newToken())
                .with(csrf())
                .exchange();
        assertThat(page(sent).select(".govuk-error-summary a").eachAttr("href")).containsExactly("#role");

        sent = mvc.post()
                .uri("/admin/users/invite")
                .param("displayName", "New Staff")
                .param("email", email)
                .param("role", "CONTRACT_MANAGER")
                .param("formToken", form.select("input[name=formToken]").val())
                .with(csrf())
                .exchange();
        assertThat(sent).hasStatus3xxRedirection().hasRedirectedUrl("/admin/users");
        assertThat(TestMailServer.awaitMailTo(email, 1).get(0).getSubject()).contains("Oxfordshire County Council");
        assertThat(page(mvc.get().uri("/admin/users").exchange())
                        .select("#pending")
                        .text())
                .contains(email.toLowerCase())
                .contains("Contract manager");
    }

    @Test
    @WithUserDetails("contracts.oxfordshire")
    void onlyTheCouncilAdminManagesUsers() {
        assertThat(mvc.get().uri("/admin/users").exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/admin/users/invite").exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/admin/users/1/disable").with(csrf()).exchange())
                .hasStatus(403);
    }

    @Test
    @WithUserDetails("supplier.greenway-facilities")
    void aSupplierCannotManageCouncilUsers() {
        assertThat(mvc.get().uri("/admin/users").exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/supplier-invitations/new").exchange()).hasStatus(403);
    }

    private long version(long id) {
        return jdbc.sql("select version from user_account where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private boolean enabled(long id) {
        return jdbc.sql("select enabled from user_account where id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    private static Document page(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
