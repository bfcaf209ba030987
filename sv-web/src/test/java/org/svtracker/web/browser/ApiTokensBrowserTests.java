package org.svtracker.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.svtracker.web.browser.BrowserSupport.assertAccessible;
import static org.svtracker.web.browser.BrowserSupport.screenshot;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.svtracker.domain.demo.DemoData;

/** A supplier creates an API token, sees it once, uses it, and revokes it; anyone reads the API reference. */
class ApiTokensBrowserTests extends BrowserJourney {

    @Test
    void aSupplierCreatesATokenSeesItOnceUsesItAndRevokesIt() {
        signIn("supplier.greenway-facilities", DemoData.DEMO_PASSWORD);
        page.locator(".govuk-service-navigation a:has-text('API tokens')").click();
        assertThat(page.locator("h1")).hasText("API tokens");
        assertAccessible(page);

        page.locator("#create-token").click();
        assertThat(page.locator("h1")).hasText("Create an API token");
        page.locator("#submit").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a name for the token");
        assertAccessible(page);

        page.locator("#name").fill("Finance system");
        page.locator("label:has-text('In 90 days')").click();
        screenshot(page, "api-token-new");
        page.locator("#submit").click();

        assertThat(page.locator("h1")).hasText("Your new API token");
        String token = page.locator("#token-value").textContent().strip();
        org.assertj.core.api.Assertions.assertThat(token).startsWith("svt_");
        assertAccessible(page);
        screenshot(page, "api-token-created");

        APIRequestContext api = page.context().request();
        APIResponse contracts = api.get(
                url("/api/v1/contracts"), RequestOptions.create().setHeader("Authorization", "Bearer " + token));
        org.assertj.core.api.Assertions.assertThat(contracts.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(contracts.text()).contains("\"contracts\"");

        page.locator("#done").click();
        assertThat(page.locator("#tokens-table")).containsText("Finance system");
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(token);
        assertAccessible(page);
        screenshot(page, "api-tokens");

        page.locator("#tokens-table tr:has-text('Finance system') button:has-text('Revoke')")
                .first()
                .click();
        assertThat(page.locator("[aria-labelledby=revoked-title]")).containsText("Token Finance system revoked");
        assertThat(page.locator("#tokens-table tr:has-text('Finance system')").first())
                .containsText("Revoked");
        assertAccessible(page);

        APIResponse refused = api.get(
                url("/api/v1/contracts"), RequestOptions.create().setHeader("Authorization", "Bearer " + token));
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(401);
        org.assertj.core.api.Assertions.assertThat(refused.headers().get("content-type"))
                .startsWith("application/problem+json");

        var visitor = BrowserSupport.browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1100, 900));
        var reference = visitor.newPage();
        reference.navigate(url("/api-reference"));
        assertThat(reference.locator("h1")).hasText("API reference");
        assertThat(reference.locator("#post-api-v1-returns")).containsText("Idempotency-Key");
        assertAccessible(reference);
        // The page is long: the guide shows its top and one endpoint, not the whole of it.
        reference.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve("api-reference.png")));
        reference
                .locator("#post-api-v1-returns")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(BrowserSupport.SCREENSHOTS.resolve("api-reference-returns.png")));
        visitor.close();
    }
}
