package org.svtracker.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.svtracker.web.browser.BrowserSupport.assertAccessible;
import static org.svtracker.web.browser.BrowserSupport.screenshot;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.svtracker.domain.demo.DemoData;

/**
 * A Surrey procurement officer searches the register, registers a contract, awards it, adds two
 * commitments and sees them against the council's 10% target; then awards another contract to a
 * supplier registered on the spot. Every page is checked with axe.
 */
class ProcurementOfficerJourneyBrowserTests extends BrowserJourney {

    // The longest journey of the suite: on a loaded machine it needs more than the usual two minutes.
    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aProcurementOfficerRegistersAwardsAndRecordsTheCommitmentsOfAContract() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        signIn("procurement.surrey", DemoData.DEMO_PASSWORD);

        // The register: search and filter with a GET form.
        page.locator(".govuk-service-navigation a:has-text('Contracts')").click();
        assertThat(page.locator("h1")).hasText("Contracts");
        assertAccessible(page);
        screenshot(page, "procurement-register");
        page.locator("#q").fill("library");
        page.locator("#status").selectOption("LIVE");
        page.locator("#apply-filters").click();
        assertThat(page.locator("#register-table tbody tr")).hasCount(1);
        assertThat(page.locator("#register-table")).containsText("SCC-2025-012");
        page.locator("th a:has-text('Value')").click();
        assertThat(page.locator("th[aria-sort=descending]")).hasText("Value");
        assertAccessible(page);

        // Register a contract: a low weighting needs a reason.
        page.locator(".govuk-service-navigation a:has-text('Contracts')").click();
        page.locator("#create-contract").click();
        assertAccessible(page);
        fillContract("SCC-T-" + suffix, "Grounds maintenance for Surrey fire stations", "150000", "5");
        page.locator("#save-contract").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Give the reason for a weighting below");
        assertThat(page.locator("#reference")).hasValue("SCC-T-" + suffix);
        assertAccessible(page);
        screenshot(page, "procurement-contract-errors");
        page.locator("#weightingReason").fill("A specialist market: social value is scored within quality");
        page.locator("#save-contract").click();

        assertThat(page.locator("[aria-labelledby=saved-title]")).containsText("Contract registered");
        assertThat(page.locator("[aria-labelledby=saved-title]"))
                .containsText("every contract of your council is in scope");
        assertThat(page.locator(".govuk-warning-text")).containsText("under the statutory threshold");
        assertAccessible(page);
        screenshot(page, "procurement-contract-overview");

        // Tender and award to a registered supplier.
        page.locator("#start-tender").click();
        assertThat(page.locator("[aria-labelledby=saved-title]")).containsText("Tender started");
        page.locator("#award-contract").click();
        assertAccessible(page);
        page.locator("#q").fill("ashcombe");
        page.locator("#search-suppliers").click();
        page.getByLabel("Ashcombe Heritage Builders", new Page.GetByLabelOptions().setExact(false))
                .first()
                .check();
        assertAccessible(page);
        screenshot(page, "procurement-award");
        page.locator("#award-to-existing").click();
        assertThat(page.locator("[aria-labelledby=saved-title]")).containsText("Contract awarded");
        assertThat(page.locator(".govuk-summary-list")).containsText("Ashcombe Heritage Builders");
        assertAccessible(page);

        // Two commitments, with their values against Surrey's 10% target.
        page.locator("nav.app-contract-tabs a:has-text('Commitments')").click();
        assertThat(page.locator("#no-commitments")).isVisible();
        assertAccessible(page);
        addCommitment("Local people employed on the contract", "1.5", true);
        assertThat(page.locator("[aria-labelledby=saved-title]")).containsText("Commitment added");
        addCommitment("Apprenticeship weeks", "104", false);
        assertThat(page.locator("#commitments-table tbody tr")).hasCount(2);
        assertThat(page.locator("#commitment-totals")).containsText("Gross as a share of contract value");
        assertThat(page.locator("#commitment-totals")).containsText("10% of contract value");
        assertThat(page.locator("#upload-template-link a")).hasText("Upload a filled-in commitments template");
        assertAccessible(page);
        screenshot(page, "procurement-commitments");
    }

    @Test
    void aProcurementOfficerAwardsAContractToASupplierRegisteredOnTheSpot() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        signIn("procurement.surrey", DemoData.DEMO_PASSWORD);
        page.navigate(url("/contracts/new"));
        fillContract("SCC-U-" + suffix, "Minor works at Woking day centre", "60000", "10");
        page.locator("#save-contract").click();
        page.locator("#start-tender").click();
        page.locator("#award-contract").click();
        page.locator("#name").fill("Wey Valley Joinery " + suffix);
        page.locator("#companiesHouseNumber").fill("");
        page.getByLabel("Micro", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#postcode").fill("gu21 6bx");
        page.locator("#award-to-new").click();
        assertThat(page.locator("[aria-labelledby=saved-title]")).containsText("Contract awarded");
        assertThat(page.locator(".govuk-summary-list")).containsText("Wey Valley Joinery " + suffix);
        assertAccessible(page);
    }

    @Test
    void theRegisterAndTheCommitmentRecalculationWorkWithoutJavaScript() {
        try (var noScript =
                BrowserSupport.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page plain = noScript.newPage();
            plain.navigate(url("/sign-in"));
            plain.locator("#username").fill("procurement.oxfordshire");
            plain.locator("#password").fill(DemoData.DEMO_PASSWORD);
            plain.locator("button:has-text('Sign in')").click();
            plain.navigate(url("/contracts"));
            plain.locator("#scope").selectOption("out");
            plain.locator("#apply-filters").click();
            assertThat(plain.locator("#register-table tbody tr")).hasCount(1);
            assertThat(plain.locator("#register-table")).containsText("OCC-2025-022");

            plain.navigate(url("/contracts?q=OCC-2026-018"));
            plain.locator("#register-table a:has-text('OCC-2026-018')").click();
            plain.locator("nav.app-contract-tabs a:has-text('Commitments')").click();
            plain.locator("#add-commitment").click();
            plain.getByLabel("Local people employed on the contract", new Page.GetByLabelOptions().setExact(true))
                    .check();
            plain.locator("#targetQuantity").fill("2");
            plain.locator("#recalculate").click();
            assertThat(plain.locator("#preview")).containsText("Gross value");
            assertThat(plain.locator("#preview")).containsText("of contract value");
            assertThat(plain.locator("#targetQuantity")).hasValue("2");
        }
    }

    private void fillContract(String reference, String title, String value, String weighting) {
        page.locator("#reference").fill(reference);
        page.locator("#title").fill(title);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Services"))
                .check();
        page.locator("#value").fill(value);
        page.locator("#startDate-day").fill("1");
        page.locator("#startDate-month").fill("4");
        page.locator("#startDate-year").fill("2027");
        page.locator("#endDate-day").fill("31");
        page.locator("#endDate-month").fill("3");
        page.locator("#endDate-year").fill("2029");
        page.locator("#weightingPercent").fill(weighting);
        page.locator("#contractManagerId").selectOption(new SelectOption().setIndex(1));
        page.locator("#localArea").fill("Surrey");
    }

    private void addCommitment(String measure, String target, boolean screenshotIt) {
        page.locator("#add-commitment").click();
        page.getByLabel(measure, new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#targetQuantity").fill(target);
        page.locator("#recalculate").click();
        assertThat(page.locator("#preview")).containsText("Gross value");
        page.locator("#primaryOutcomeId").selectOption(new SelectOption().setIndex(1));
        page.locator("#deadweightPercent").fill("10");
        page.locator("#recalculate").click();
        assertThat(page.locator("#preview")).containsText("against your council's target of 10%");
        assertAccessible(page);
        if (screenshotIt) {
            screenshot(page, "procurement-commitment-form");
        }
        page.locator("#save-commitment").click();
    }
}
