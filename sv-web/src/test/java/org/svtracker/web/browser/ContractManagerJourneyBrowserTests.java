package org.svtracker.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.svtracker.web.browser.BrowserSupport.assertAccessible;
import static org.svtracker.web.browser.BrowserSupport.screenshot;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.svtracker.domain.demo.DemoData;

/**
 * A contract manager's day on the demo data: the dashboard, a contract's delivery and history, a
 * return recorded on a supplier's behalf with evidence, then the review queue, where they open the
 * evidence, verify one return and query another.
 */
class ContractManagerJourneyBrowserTests extends BrowserJourney {

    /** A long journey: more time than the default two minutes on a busy machine. */
    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aContractManagerFollowsDeliveryRecordsAReturnAndReviewsTheQueue() {
        signIn("contracts.southend", DemoData.DEMO_PASSWORD);

        // The dashboard: contracts with RAG, the queue and the overdue returns.
        assertThat(page.locator("#contracts-table")).isVisible();
        assertThat(page.locator("#overdue-table")).isVisible();
        assertAccessible(page);
        screenshot(page, "contract-manager-dashboard");

        // A contract with an overdue return: its delivery page and history.
        Locator overdue = page.locator("#overdue-table tbody tr").first();
        String contractReference = overdue.locator("td").first().textContent().strip();
        String measure = overdue.locator("td").nth(1).textContent().strip();
        overdue.locator("td a").first().click();
        assertThat(page.locator(".govuk-caption-l")).hasText(contractReference);
        assertThat(page.locator("#commitments-table")).isVisible();
        assertThat(page.locator(".app-contract-tabs a[aria-current=page]")).hasText("Delivery and returns");
        assertAccessible(page);
        screenshot(page, "contract-delivery");

        page.locator(".app-contract-tabs a:has-text('History')").click();
        assertThat(page.locator("#history-table")).isVisible();
        assertAccessible(page);
        screenshot(page, "contract-history");

        // Record the overdue return on the supplier's behalf, first with a mistake.
        page.navigate(url("/"));
        page.locator("#overdue-table tbody tr")
                .first()
                .locator("a:has-text('Record a return')")
                .click();
        assertThat(page.locator("h1")).hasText("Record a return on the supplier's behalf");
        assertAccessible(page);
        page.locator("button:has-text('Record return')").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Confirm both declarations");
        assertAccessible(page);

        page.locator("#quantity").fill("1200");
        page.locator("#narrative").fill("Three lorries switched to electric this quarter; mileage log attached.");
        page.locator("#evidence")
                .setInputFiles(new FilePayload(
                        "mileage-log.csv",
                        "text/csv",
                        "date,vehicle,miles\n2026-07-01,EV-1,120\n".getBytes(StandardCharsets.UTF_8)));
        page.locator("#declarations").check();
        page.locator("#declarations-2").check();
        screenshot(page, "record-return-form");
        page.locator("button:has-text('Record return')").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Return recorded on behalf of");
        assertAccessible(page);

        // The review queue, oldest first; the return just recorded is in it, marked as such.
        page.locator(".govuk-service-navigation a:has-text('Review queue')").click();
        assertThat(page.locator("h1")).hasText("Review queue");
        Locator recorded = page.locator(
                "#queue-table tbody tr",
                new com.microsoft.playwright.Page.LocatorOptions().setHasText("Recorded on behalf of the supplier by"));
        assertThat(recorded.first()).containsText(measure);
        assertAccessible(page);
        screenshot(page, "review-queue");

        // Open it, download its evidence, and verify it.
        recorded.first().locator("a:has-text('Review')").click();
        assertThat(page.locator(".govuk-inset-text")).containsText("Recorded on behalf of the supplier by");
        assertAccessible(page);
        screenshot(page, "review-return");
        Download download = page.waitForDownload(
                () -> page.locator("#evidence-list a").first().click());
        assertThat(download.suggestedFilename()).isEqualTo("mileage-log.csv");

        page.locator("button:has-text('Verify return')").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Return verified");

        // The next return in the queue: a query needs the question, then goes back to the supplier.
        assertThat(page.locator("#query-form")).isVisible();
        page.locator("button:has-text('Send query')").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter your question for the supplier");
        assertAccessible(page);
        page.locator("#query-reason").fill("Please attach the payroll extract that shows the two apprentices.");
        page.locator("button:has-text('Send query')").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Query sent");
        assertAccessible(page);
    }
}
