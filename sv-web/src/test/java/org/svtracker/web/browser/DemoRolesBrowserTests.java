package org.svtracker.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.svtracker.web.browser.BrowserSupport.assertAccessible;
import static org.svtracker.web.browser.BrowserSupport.screenshot;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.svtracker.domain.demo.DemoData;

/** Signs in as each demo role in a real Chromium and checks every page it sees with axe. */
class DemoRolesBrowserTests extends BrowserJourney {

    @ParameterizedTest(name = "{0} signs in and sees their dashboard")
    @CsvSource({
        "platform.admin,        Councils,                        home-platform-admin",
        "admin.surrey,          Surrey County Council,           home-council-admin",
        "procurement.surrey,    Surrey County Council,           home-procurement-officer",
        "contracts.oxfordshire, Oxfordshire County Council,      home-contract-manager",
        "councillor.southend,   Southend-on-Sea City Council,    home-councillor",
        "supplier.greenway-facilities, My contracts, home-supplier"
    })
    void eachDemoRoleSignsInAndSeesTheirDashboard(String username, String heading, String screenshotName) {
        signIn(username, DemoData.DEMO_PASSWORD);

        assertThat(page.locator("h1")).hasText(heading);
        assertThat(page.locator("#signed-in-as")).containsText("Signed in as");
        assertAccessible(page);
        screenshot(page, screenshotName);

        page.locator("button:has-text('Sign out')").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("You have signed out");
        assertAccessible(page);
    }

    @Test
    void theSignInPageIsAccessibleAndSaysItIsADemo() {
        page.navigate(url("/sign-in"));

        assertThat(page.locator("h1")).hasText("Sign in");
        assertThat(page.locator("#demo-banner-title")).hasText("Demonstration");
        assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("govuk-template"));
        assertThat(page.locator("body")).hasClass(java.util.regex.Pattern.compile("govuk-frontend-supported"));
        assertAccessible(page);
        screenshot(page, "sign-in");
    }

    @Test
    void aFailedSignInShowsTheErrorSummaryAndMovesFocusToIt() {
        signIn("contracts.surrey", "not the password");

        assertThat(page.locator(".govuk-error-summary")).containsText("The username or password is not correct");
        assertThat(page.locator(".govuk-error-summary")).isFocused();
        assertThat(page.locator("#username")).hasValue("contracts.surrey");
        assertAccessible(page);
        screenshot(page, "sign-in-error");

        page.locator(".govuk-error-summary a").click();
        assertThat(page.locator("#username")).isFocused();
    }

    @Test
    void theFooterPagesAreAccessible() {
        page.navigate(url("/sign-in"));
        page.locator("footer a:has-text('Accessibility statement')").click();
        assertThat(page.locator("h1")).hasText("Accessibility statement");
        assertAccessible(page);

        page.locator("footer a:has-text('Privacy notice')").click();
        assertThat(page.locator("h1")).hasText("Privacy notice");
        assertAccessible(page);
    }

    @Test
    void theErrorPagesAreAccessible() {
        signIn("councillor.surrey", DemoData.DEMO_PASSWORD);

        page.navigate(url("/assets/no-such-file.png"));
        assertThat(page.locator("h1")).hasText("Page not found");
        assertAccessible(page);

        var forbidden = page.navigate(url("/no/such/route"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("You cannot view this page");
        assertAccessible(page);
    }

    @Test
    void signingInAndOutWorksWithoutJavaScript() {
        try (BrowserContext noScript =
                BrowserSupport.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page plain = noScript.newPage();
            plain.navigate(url("/sign-in"));
            plain.locator("#username").fill("admin.warwickshire");
            plain.locator("#password").fill(DemoData.DEMO_PASSWORD);
            plain.locator("button:has-text('Sign in')").click();

            assertThat(plain.locator("h1")).hasText("Warwickshire County Council");
            assertThat(plain.locator("body")).not().hasClass(java.util.regex.Pattern.compile("js-enabled"));
            // axe itself needs JavaScript: the same pages are checked with it on in the tests above.

            plain.locator("button:has-text('Sign out')").click();
            assertThat(plain.locator("h1")).hasText("Sign in");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        signIn("councillor.surrey", DemoData.DEMO_PASSWORD);

        var cookie = context.cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        assertThat(cookie.httpOnly).isTrue();
        assertThat(cookie.sameSite).hasToString("LAX");
    }
}
