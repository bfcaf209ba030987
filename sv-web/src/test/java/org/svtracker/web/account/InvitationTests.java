package org.svtracker.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.mail.internet.MimeMessage;
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
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.web.TestMailServer;
import org.svtracker.web.WebIntegrationTest;

@WebIntegrationTest
class InvitationTests {

    private static final String GOOD_PASSWORD = "tangerine kettle orbit";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    AccountFixtures fixtures() {
        return new AccountFixtures(jdbc);
    }

    @Test
    @WithUserDetails("contracts.oxfordshire")
    void aContractManagerInvitesASupplierContactWhoSetsAPasswordAndLandsInThePortal() throws Exception {
        String email = AccountFixtures.freshEmail("Contact");
        long supplierId = fixtures().supplierId("greenway-facilities");

        Document form = page(mvc.get().uri("/supplier-invitations/new").exchange());
        assertThat(form.select("h1").text()).isEqualTo("Invite a supplier contact");
        assertThat(form.select("#supplierId option").eachText()).contains("Greenway Facilities Services Ltd");

        MvcTestResult sent = invite(
                supplierId,
                "Ada Contact",
                email,
                form.select("input[name=formToken]").val());
        assertThat(sent).hasStatus3xxRedirection().hasRedirectedUrl("/supplier-invitations/new");

        MimeMessage mail = TestMailServer.awaitMailTo(email, 1).get(0);
        assertThat(mail.getSubject())
                .isEqualTo("You are invited to the Social Value Tracker for Greenway Facilities Services Ltd");
        assertThat(TestMailServer.body(mail))
                .contains("Dear Ada Contact")
                .contains("Chris Evans of Oxfordshire County Council")
                .doesNotContain("null");
        String link = TestMailServer.linkPath(mail);
        assertThat(link).startsWith("/invitations/");
        // Only the token's hash is stored.
        assertThat(jdbc.sql("select count(*) from invitation where token_hash = ?")
                        .param(link.substring("/invitations/".length()))
                        .query(Integer.class)
                        .single())
                .isZero();

        Document accept = page(mvc.get().uri(link).exchange());
        assertThat(accept.select("h1").text()).isEqualTo("Set your password");
        assertThat(accept.text()).contains("Ada Contact").contains("Greenway Facilities Services Ltd");
        assertThat(accept.select("#username-text").text()).contains(email.toLowerCase());

        MvcTestResult accepted = mvc.post()
                .uri(link)
                .param("password", GOOD_PASSWORD)
                .param("confirmPassword", GOOD_PASSWORD)
                .with(csrf())
                .exchange();
        assertThat(accepted).hasStatus3xxRedirection().hasRedirectedUrl("/");
        // The session now holds the new supplier user (the test's own user stands in front of it
        // in MockMvc, so the portal itself is checked after a real sign-in below).
        var session = (MockHttpSession) accepted.getRequest().getSession(false);
        var context = (org.springframework.security.core.context.SecurityContext)
                session.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getName()).isEqualTo(email.toLowerCase());

        // The new user signs in later with the email address and the password they chose.
        MockHttpSession later = AccountFixtures.signIn(mvc, email.toLowerCase(), GOOD_PASSWORD);
        assertThat(later).isNotNull();

        // The link worked once.
        MvcTestResult again = mvc.post()
                .uri(link)
                .param("password", GOOD_PASSWORD)
                .param("confirmPassword", GOOD_PASSWORD)
                .with(csrf())
                .exchange();
        assertThat(again).hasStatus(404);
        assertThat(page(again).select("h1").text()).isEqualTo("This link does not work");
    }

    @Test
    @WithUserDetails("contracts.oxfordshire")
    void anExpiredUsedOrUnknownLinkGetsTheSamePage() throws Exception {
        String email = AccountFixtures.freshEmail("late");
        invite(fixtures().supplierId("greenway-facilities"), "Late Comer", email, FormSubmissions.newToken());
        String link =
                TestMailServer.linkPath(TestMailServer.awaitMailTo(email, 1).get(0));
        fixtures().expireInvitationsTo(email.toLowerCase());

        MvcTestResult expired = mvc.get().uri(link).exchange();
        MvcTestResult unknown = mvc.get().uri("/invitations/not-a-real-token").exchange();
        MvcTestResult postToExpired = mvc.post()
                .uri(link)
                .param("password", GOOD_PASSWORD)
                .param("confirmPassword", GOOD_PASSWORD)
                .with(csrf())
                .exchange();

        assertThat(expired).hasStatus(404);
        assertThat(unknown).hasStatus(404);
        assertThat(postToExpired).hasStatus(404);
        assertThat(page(expired).select("main").text())
                .isEqualTo(page(unknown).select("main").text());
        assertThat(jdbc.sql("select count(*) from user_account where username = ?")
                        .param(email.toLowerCase())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    @WithUserDetails("contracts.oxfordshire")
    void aShortACommonOrAMismatchedPasswordIsRefusedAndTheLinkStillWorks() throws Exception {
        String email = AccountFixtures.freshEmail("weak");
        invite(fixtures().supplierId("greenway-facilities"), "Weak Password", email, FormSubmissions.newToken());
        String link =
                TestMailServer.linkPath(TestMailServer.awaitMailTo(email, 1).get(0));

        assertThat(errorsFor(link, "short", "short"))
                .containsExactly("The password must be at least 12 characters long");
        assertThat(errorsFor(link, "password1234", "password1234"))
                .containsExactly("This password is too common and easy to guess. Choose a different password");
        assertThat(errorsFor(link, "monkeymonkey", "monkeymonkey")).hasSize(1);
        assertThat(errorsFor(link, "qwertyuiopasd", "qwertyuiopasd")).hasSize(1);
        assertThat(errorsFor(link, GOOD_PASSWORD, GOOD_PASSWORD + "x")).containsExactly("The passwords do not match");
        assertThat(mvc.get().uri(link).exchange()).hasStatusOk();
    }

    @Test
    @WithUserDetails("contracts.oxfordshire")
    void aDoubleClickedInvitationSendsOneEmail() throws Exception {
        String email = AccountFixtures.freshEmail("twice");
        String token = FormSubmissions.newToken();
        long supplierId = fixtures().supplierId("greenway-facilities");

        assertThat(invite(supplierId, "Double Click", email, token)).hasRedirectedUrl("/supplier-invitations/new");
        assertThat(invite(supplierId, "Double Click", email, token)).hasRedirectedUrl("/supplier-invitations/new");

        // Mail leaves in order: once a later mail has arrived, the first has too.
        String later = AccountFixtures.freshEmail("later");
        invite(supplierId, "Later", later, FormSubmissions.newToken());
        TestMailServer.awaitMailTo(later, 1);
        assertThat(TestMailServer.mailTo(email)).hasSize(1);
        assertThat(fixtures().invitationsTo(email.toLowerCase())).isEqualTo(1);
    }

    @Test
    @WithUserDetails("contracts.oxfordshire")
    void theFormKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
        long supplierId = fixtures().supplierId("greenway-facilities");
        Document page = page(invite(supplierId, "", "not-an-address", FormSubmissions.newToken()));

        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#displayName", "#email");
        assertThat(page.select("#email").val()).isEqualTo("not-an-address");
        assertThat(page.select("#supplierId option[selected]").val()).isEqualTo(String.valueOf(supplierId));

        Document registered =
                page(invite(supplierId, "Priya", "procurement.oxfordshire@demo.invalid", FormSubmissions.newToken()));
        assertThat(registered.select("#email-error").text()).contains("already uses the service");
    }

    @Test
    @WithUserDetails("contracts.oxfordshire")
    void aSupplierWithNoContractWithTheCouncilIsNotFoundAndNoOneIsInvited() throws Exception {
        String email = AccountFixtures.freshEmail("foreign");
        MvcTestResult result =
                invite(fixtures().supplierNotOf("oxfordshire"), "Foreign", email, FormSubmissions.newToken());

        assertThat(result).hasStatus(404);
        assertThat(fixtures().invitationsTo(email.toLowerCase())).isZero();
    }

    @Test
    @WithUserDetails("procurement.oxfordshire")
    void aProcurementOfficerCannotInviteSupplierContacts() {
        assertThat(mvc.get().uri("/supplier-invitations/new").exchange()).hasStatus(403);
    }

    @Test
    @WithUserDetails("supplier.greenway-facilities")
    void aSupplierUserSeesTheirColleaguesAndInvitesOne() throws Exception {
        Document users = page(mvc.get().uri("/portal/users").exchange());
        assertThat(users.select("#users tbody th").eachText()).isNotEmpty();
        assertThat(users.select("#users tbody td:nth-child(2)").eachText()).contains("supplier.greenway-facilities");

        String email = AccountFixtures.freshEmail("colleague");
        Document form = page(mvc.get().uri("/portal/users/invite").exchange());
        MvcTestResult sent = mvc.post()
                .uri("/portal/users/invite")
                .param("displayName", "Col League")
                .param("email", email)
                .param("formToken", form.select("input[name=formToken]").val())
                .with(csrf())
                .exchange();
        assertThat(sent).hasStatus3xxRedirection().hasRedirectedUrl("/portal/users");

        MimeMessage mail = TestMailServer.awaitMailTo(email, 1).get(0);
        assertThat(mail.getSubject()).contains("Greenway Facilities Services Ltd");
        Document after = page(mvc.get().uri("/portal/users").exchange());
        assertThat(after.select("#pending").text()).contains(email.toLowerCase());
    }

    @Test
    @WithUserDetails("contracts.surrey")
    void councilStaffCannotUseThePortalUsersPages() {
        assertThat(mvc.get().uri("/portal/users").exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/portal/users/invite").with(csrf()).exchange())
                .hasStatus(403);
    }

    private MvcTestResult invite(long supplierId, String name, String email, String formToken) {
        return mvc.post()
                .uri("/supplier-invitations/new")
                .param("supplierId", String.valueOf(supplierId))
                .param("displayName", name)
                .param("email", email)
                .param("formToken", formToken)
                .with(csrf())
                .exchange();
    }

    private java.util.List<String> errorsFor(String link, String password, String confirmation) throws Exception {
        Document page = page(mvc.post()
                .uri(link)
                .param("password", password)
                .param("confirmPassword", confirmation)
                .with(csrf())
                .exchange());
        return page.select(".govuk-error-summary li").eachText();
    }

    private static Document page(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
