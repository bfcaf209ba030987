package org.svtracker.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.svtracker.domain.account.Accounts;
import org.svtracker.web.TestMailServer;
import org.svtracker.web.WebIntegrationTest;

@WebIntegrationTest
class PasswordResetTests {

    private static final String OLD_PASSWORD = "the old long password";
    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    private String newSupplierUser() {
        String email = AccountFixtures.freshEmail("reset");
        accounts.createSupplierUser(
                email,
                "Reset Tester",
                email,
                OLD_PASSWORD,
                new AccountFixtures(jdbc).supplierId("greenway-facilities"));
        return email;
    }

    @Test
    void theSignInPageLinksToPasswordReset() throws Exception {
        Document signIn = page(mvc.get().uri("/sign-in").exchange());
        assertThat(signIn.select("#forgotten-password").attr("href")).isEqualTo("/password-reset");
        assertThat(page(mvc.get().uri("/password-reset").exchange())
                        .select("h1")
                        .text())
                .isEqualTo("Reset your password");
    }

    @Test
    void aKnownAndAnUnknownAddressGetTheSamePageAndOnlyTheKnownOneGetsMail() throws Exception {
        String known = newSupplierUser();
        String unknown = AccountFixtures.freshEmail("nobody");

        MvcTestResult forUnknown = request(unknown);
        MvcTestResult forKnown = request(known);

        assertThat(forUnknown).hasStatusOk();
        assertThat(forKnown).hasStatusOk();
        assertThat(page(forKnown).select("main").text().replace(known, "ADDRESS"))
                .isEqualTo(page(forUnknown).select("main").text().replace(unknown, "ADDRESS"));
        // Requests are handled in order: once the known address has its mail, the unknown one was done.
        assertThat(TestMailServer.awaitMailTo(known, 1)).hasSize(1);
        assertThat(TestMailServer.mailTo(unknown)).isEmpty();
    }

    @Test
    void theLinkSetsANewPasswordOnceAndEndsTheOldSessions() throws Exception {
        String email = newSupplierUser();
        MockHttpSession oldSession = AccountFixtures.signIn(mvc, email, OLD_PASSWORD);
        request(email);
        request(email);
        var mails = TestMailServer.awaitMailTo(email, 2);
        String first = TestMailServer.linkPath(mails.get(0));
        String second = TestMailServer.linkPath(mails.get(1));
        assertThat(first).startsWith("/password-reset/").isNotEqualTo(second);

        Document form = page(mvc.get().uri(second).exchange());
        assertThat(form.select("h1").text()).isEqualTo("Set a new password");
        assertThat(errors(second, "password", "password"))
                .containsExactly("The password must be at least 12 characters long");
        assertThat(errors(second, "iloveyou12345", "iloveyou12345")).hasSize(1);

        MvcTestResult done = setPassword(second, NEW_PASSWORD);
        assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl("/password-reset/complete");
        assertThat(page(mvc.get().uri("/password-reset/complete").exchange())
                        .select("h1")
                        .text())
                .isEqualTo("Your password has been changed");

        AccountFixtures.signIn(mvc, email, NEW_PASSWORD);
        assertThat(mvc.get().uri("/").session(oldSession).exchange()).hasRedirectedUrl("/sign-in");
        // Both links are dead now: the one used, and the older one.
        assertThat(setPassword(second, "yet another passphrase")).hasStatus(404);
        assertThat(setPassword(first, "yet another passphrase")).hasStatus(404);
        assertThat(mvc.get().uri(first).exchange()).hasStatus(404);
    }

    @Test
    void anExpiredLinkGetsTheSamePageAsAnUnknownOne() throws Exception {
        String email = newSupplierUser();
        request(email);
        String link =
                TestMailServer.linkPath(TestMailServer.awaitMailTo(email, 1).get(0));
        jdbc.sql("""
                        update password_reset set expires_at = now() - interval '1 second'
                        where user_account_id = (select id from user_account where username = ?)
                        """).param(email.toLowerCase()).update();

        MvcTestResult expired = mvc.get().uri(link).exchange();
        MvcTestResult unknown = mvc.get().uri("/password-reset/no-such-token").exchange();
        assertThat(expired).hasStatus(404);
        assertThat(page(expired).select("main").text())
                .isEqualTo(page(unknown).select("main").text());
        assertThat(setPassword(link, NEW_PASSWORD)).hasStatus(404);
        AccountFixtures.signIn(mvc, email, OLD_PASSWORD);
    }

    @Test
    void anAddressThatIsNotAnAddressIsAskedForAgain() throws Exception {
        Document page = page(request("not an address"));
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#email");
        assertThat(page.select("#email").val()).isEqualTo("not an address");
    }

    private MvcTestResult request(String email) {
        return mvc.post()
                .uri("/password-reset")
                .param("email", email)
                .with(csrf())
                .exchange();
    }

    private MvcTestResult setPassword(String link, String password) {
        return mvc.post()
                .uri(link)
                .param("password", password)
                .param("confirmPassword", password)
                .with(csrf())
                .exchange();
    }

    private java.util.List<String> errors(String link, String password, String confirmation) throws Exception {
        return page(mvc.post()
                        .uri(link)
                        .param("password", password)
                        .param("confirmPassword", confirmation)
                        .with(csrf())
                        .exchange())
                .select(".govuk-error-summary li")
                .eachText();
    }

    private static Document page(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
