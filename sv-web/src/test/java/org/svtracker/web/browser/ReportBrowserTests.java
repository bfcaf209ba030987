package org.svtracker.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.svtracker.web.browser.BrowserSupport.assertAccessible;
import static org.svtracker.web.browser.BrowserSupport.screenshot;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.svtracker.domain.demo.DemoData;

/** A councillor reads the annual report and traces a figure; an admin publishes it; the public reads it. */
class ReportBrowserTests extends BrowserJourney {

    @Test
    void aCouncillorReadsTheReportAndTracesTheDeliveredFigureToItsReturns() {
        signIn("councillor.surrey", DemoData.DEMO_PASSWORD);
        page.locator(".govuk-service-navigation a:has-text('Annual report')").click();
        page.locator(".app-report-years a:has-text('2025/26')").click();

        assertThat(page.locator("h1")).hasText("Social value report 2025/26");
        assertThat(page.locator("svg[role=img]").first()).isVisible();
        assertAccessible(page);
        screenshot(page, "report-live");

        String delivered = page.locator("#delivered").textContent();
        page.locator("#delivered").click();
        assertThat(page.locator("h1")).hasText("Returns verified in 2025/26");
        assertThat(page.locator(".govuk-body-l")).containsText(delivered);
        assertAccessible(page);
        screenshot(page, "report-returns");

        page.goBack();
        page.locator("#committed-gross").click();
        assertThat(page.locator("h1")).containsText("Social value committed on contracts awarded in");
        assertAccessible(page);
        screenshot(page, "report-commitments");
    }

    @Test
    void aCouncilAdminPublishesTheReportAndAnyoneCanReadItWithoutSigningIn() {
        signIn("admin.oxfordshire", DemoData.DEMO_PASSWORD);
        page.navigate(url("/reports/oxfordshire/2025-26"));
        page.locator("button:has-text('Publish this report')").click();

        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Report published as version");
        assertAccessible(page);

        Page visitor = BrowserSupport.browser().newContext().newPage();
        visitor.navigate(url("/published/oxfordshire/2025-26"));
        assertThat(visitor.locator("h1")).hasText("Social value report 2025/26");
        assertThat(visitor.locator(".govuk-inset-text")).containsText("A published report never changes");
        assertThat(visitor.locator(".govuk-service-navigation a:has-text('Sign out')"))
                .hasCount(0);
        assertAccessible(visitor);
        screenshot(visitor, "report-published");
        visitor.context().close();
    }

    @Test
    void theReportAndItsDrillDownWorkWithoutJavaScript() {
        try (var noScript = BrowserSupport.browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page plain = noScript.newPage();
            plain.navigate(url("/sign-in"));
            plain.locator("#username").fill("contracts.warwickshire");
            plain.locator("#password").fill(DemoData.DEMO_PASSWORD);
            plain.locator("button:has-text('Sign in')").click();
            plain.navigate(url("/reports/warwickshire/2025-26"));

            assertThat(plain.locator("#themes-table")).isVisible();
            assertThat(plain.locator("svg[role=img]").first()).isVisible();
            plain.locator("#committed-gross").click();
            assertThat(plain.locator("h1")).hasText("Social value committed on contracts awarded in 2025/26");
        }
    }

    @Test
    void theReportPrintsWithoutNavigationOrForms() {
        signIn("admin.surrey", DemoData.DEMO_PASSWORD);
        page.navigate(url("/reports/surrey/2025-26"));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));

        assertThat(page.locator(".govuk-service-navigation")).isHidden();
        assertThat(page.locator("button:has-text('Publish this report')")).isHidden();
        assertThat(page.locator("#themes-table")).isVisible();
    }
}
