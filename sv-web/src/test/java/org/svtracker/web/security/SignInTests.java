package org.svtracker.web.security;

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
import org.svtracker.domain.account.NewStaffMember;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.demo.DemoData;
import org.svtracker.web.WebIntegrationTest;

@WebIntegrationTest
class SignInTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheSignInPage() {
        assertThat(mvc.get().uri("/")).hasStatus3xxRedirection().redirectedUrl().endsWith("/sign-in");
    }

    @Test
    void theRightPasswordSignsInAndChangesTheSessionId() {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcTestResult result = signIn("contracts.surrey", DemoData.DEMO_PASSWORD, session);

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/");
        assertThat(result.getMvcResult().getRequest().getSession(false).getId()).isNotEqualTo(before);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameGenericMessage() {
        Document wrongPassword = failedSignInPage("contracts.surrey", "not the right password");
        Document unknownUser = failedSignInPage("nobody.at.all", "not the right password");

        assertThat(errorSummaryOf(wrongPassword)).isEqualTo("The username or password is not correct");
        assertThat(errorSummaryOf(unknownUser)).isEqualTo(errorSummaryOf(wrongPassword));
        assertThat(wrongPassword.select("#username-error").text()).contains("The username or password is not correct");
        assertThat(wrongPassword.title()).startsWith("Error: Sign in");
    }

    @Test
    void aDisabledUserGetsTheSameGenericMessageAsAWrongPassword() {
        accounts.createCouncilStaff(new NewStaffMember(
                "disabled.signin", "Disabled", null, DemoData.DEMO_PASSWORD, Role.COUNCILLOR, surreyId()));
        jdbc.sql("update user_account set enabled = false where username = 'disabled.signin'")
                .update();

        Document page = failedSignInPage("disabled.signin", DemoData.DEMO_PASSWORD);

        assertThat(errorSummaryOf(page)).isEqualTo("The username or password is not correct");
    }

    @Test
    void theUsernameTypedIsKeptButThePasswordIsNot() {
        Document page = failedSignInPage("Someone.Typed", "a secret password");

        assertThat(page.select("#username").val()).isEqualTo("Someone.Typed");
        assertThat(page.select("#password").val()).isEmpty();
        assertThat(page.html()).doesNotContain("a secret password");
    }

    @Test
    void emptyFieldsAreNamedInTheErrorSummaryAndLinkToTheField() {
        Document noUsername = failedSignInPage("", "whatever password");
        Document noPassword = failedSignInPage("contracts.surrey", "");

        assertThat(noUsername.select(".govuk-error-summary a").attr("href")).isEqualTo("#username");
        assertThat(errorSummaryOf(noUsername)).isEqualTo("Enter your username");
        assertThat(noPassword.select(".govuk-error-summary a").attr("href")).isEqualTo("#password");
        assertThat(errorSummaryOf(noPassword)).isEqualTo("Enter your password");
        assertThat(noPassword.select("#password-error").text()).contains("Enter your password");
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() {
        accounts.createCouncilStaff(new NewStaffMember(
                "throttled.signin", "Throttled", null, DemoData.DEMO_PASSWORD, Role.COUNCILLOR, surreyId()));
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            failedSignInPage("throttled.signin", "guess number " + i);
        }

        Document page = failedSignInPage("throttled.signin", DemoData.DEMO_PASSWORD);

        assertThat(errorSummaryOf(page)).startsWith("You have tried to sign in too many times");
    }

    @Test
    void throttlingTreatsAnUnknownUsernameExactlyLikeAKnownOne() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            failedSignInPage("no.such.user", "guess number " + i);
        }

        assertThat(errorSummaryOf(failedSignInPage("no.such.user", "another guess")))
                .startsWith("You have tried to sign in too many times");
    }

    @Test
    void theBlockEndsWhenItsTimeIsUp() {
        accounts.createCouncilStaff(new NewStaffMember(
                "unblocked.signin", "Unblocked", null, DemoData.DEMO_PASSWORD, Role.COUNCILLOR, surreyId()));
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            failedSignInPage("unblocked.signin", "guess number " + i);
        }
        jdbc.sql("update sign_in_throttle set blocked_until = now() - interval '1 second' where throttle_key = ?")
                .param("unblocked.signin")
                .update();

        assertThat(signIn("unblocked.signin", DemoData.DEMO_PASSWORD, new MockHttpSession()))
                .hasRedirectedUrl("/");
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() {
        assertThat(mvc.post()
                        .uri("/sign-in")
                        .param("username", "contracts.surrey")
                        .param("password", DemoData.DEMO_PASSWORD))
                .hasStatus(403);
    }

    @Test
    void signingOutEndsTheSessionAndSaysSo() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn("councillor.surrey", DemoData.DEMO_PASSWORD, session);

        MvcTestResult signOut =
                mvc.post().uri("/sign-out").session(session).with(csrf()).exchange();

        assertThat(signOut).hasRedirectedUrl("/sign-in?signed-out");
        assertThat(session.isInvalid()).isTrue();
        Document page = Jsoup.parse(mvc.get()
                .uri("/sign-in")
                .param("signed-out", "")
                .exchange()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".govuk-notification-banner--success").text()).contains("You have signed out");
    }

    private MvcTestResult signIn(String username, String password, MockHttpSession session) {
        return mvc.post()
                .uri("/sign-in")
                .session(session)
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .exchange();
    }

    /** Posts the form, follows the redirect back to the sign-in page and returns what it shows. */
    private Document failedSignInPage(String username, String password) {
        MockHttpSession session = new MockHttpSession();
        MvcTestResult result = signIn(username, password, session);
        assertThat(result).hasRedirectedUrl("/sign-in?error");
        try {
            return Jsoup.parse(mvc.get()
                    .uri("/sign-in?error")
                    .session(session)
                    .exchange()
                    .getResponse()
                    .getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String errorSummaryOf(Document page) {
        return page.select(".govuk-error-summary__list").text();
    }

    private long surreyId() {
        return accounts.findForSignIn("admin.surrey").orElseThrow().councilId();
    }
}
