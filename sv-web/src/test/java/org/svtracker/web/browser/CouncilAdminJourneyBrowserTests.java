package org.svtracker.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.svtracker.web.browser.BrowserSupport.assertAccessible;
import static org.svtracker.web.browser.BrowserSupport.screenshot;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.svtracker.domain.demo.DemoData;

/**
 * Southend's council admin changes a setting, keeps the framework (adds, renames and retires an
 * outcome), adds a measure with a proxy value and imports measures from a CSV file, first with
 * mistakes and then corrected. Everything it adds is its own, and the setting is put back, so the
 * demo data other journeys use stays as it was.
 */
class CouncilAdminJourneyBrowserTests extends BrowserJourney {

    private static final String HEADER =
            "code,name,unit,unit_guidance,kind,outcome_codes,financial_year,proxy_value,proxy_source,proxy_licence\n";

    // One journey in four steps, each a test of its own so that each gets the browser tests' time limit.

    @Test
    void aCouncilAdminChangesASetting() {
        signIn("admin.southend", DemoData.DEMO_PASSWORD);
        changeASetting();
    }

    @Test
    void aCouncilAdminAddsRenamesAndRetiresAnOutcome() {
        signIn("admin.southend", DemoData.DEMO_PASSWORD);
        addRenameAndRetireAnOutcome();
    }

    @Test
    void aCouncilAdminAddsAMeasureWithAProxyValue() {
        signIn("admin.southend", DemoData.DEMO_PASSWORD);
        addAMeasureWithAProxy();
    }

    @Test
    void aCouncilAdminImportsMeasuresFirstWithMistakesThenCorrected() {
        signIn("admin.southend", DemoData.DEMO_PASSWORD);
        importMeasures();
    }

    private void changeASetting() {
        page.locator(".govuk-service-navigation a:has-text('Settings')").click();
        assertThat(page.locator("h1")).hasText("Council settings");
        assertAccessible(page);
        String threshold = page.locator("#socialValueThreshold").inputValue();

        page.locator("#ragLowerPercent").fill("99");
        page.locator("button:has-text('Save settings')").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Red band must be lower than the green band");
        assertThat(page).hasTitle(Pattern.compile("^Error: Council settings"));
        assertAccessible(page);
        screenshot(page, "admin-settings-error");

        page.locator("#ragLowerPercent").fill("85");
        page.locator("#socialValueThreshold").fill("25000");
        page.locator("button:has-text('Save settings')").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Council settings saved");
        assertThat(page.locator("#socialValueThreshold")).hasValue("25000");
        assertAccessible(page);
        screenshot(page, "admin-settings");

        page.locator("#socialValueThreshold").fill(threshold);
        page.locator("button:has-text('Save settings')").click();
        assertThat(page.locator("#socialValueThreshold")).hasValue(threshold);
    }

    private void addRenameAndRetireAnOutcome() {
        page.locator(".govuk-service-navigation a:has-text('Framework')").click();
        assertThat(page.locator("h1")).hasText("Priority framework");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an outcome to Clean"))
                .click();
        assertThat(page.locator("h1")).hasText("Add an outcome");
        page.locator("button:has-text('Save')").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a code");
        assertAccessible(page);
        page.locator("#code").fill("CLEAN-3");
        page.locator("#name").fill("Keep parks and beaches free of litter");
        page.locator("button:has-text('Save')").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Outcome added");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rename CLEAN-3"))
                .click();
        assertAccessible(page);
        page.locator("#name").fill("Keep parks, beaches and the seafront free of litter");
        page.locator("button:has-text('Save')").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Outcome renamed");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retire CLEAN-3"))
                .click();
        assertThat(page.locator("h1")).containsText("Retire CLEAN-3");
        assertAccessible(page);
        screenshot(page, "admin-retire-outcome");
        page.locator("button:has-text('Retire this outcome')").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Outcome retired");
        assertThat(page.locator("tr:has-text('CLEAN-3')")).containsText("Retired");
        assertThat(page.locator("tr:has-text('CLEAN-3')")).containsText("seafront");
        assertAccessible(page);
        screenshot(page, "admin-framework");
    }

    private void addAMeasureWithAProxy() {
        page.locator(".govuk-service-navigation a:has-text('Measures')").click();
        assertThat(page.locator("h1")).hasText("Measure library");
        assertThat(page.locator("#measures-table")).containsText("Illustrative");
        assertAccessible(page);
        screenshot(page, "admin-measures");

        page.locator("#add-measure").click();
        page.locator("#code").fill("BR-TREES");
        page.locator("#name").fill("Trees planted in the borough");
        page.locator("#kind").check();
        page.locator("#unit").selectOption("NUMBER");
        page.locator("#unitGuidance").fill("Count trees still growing a year after planting.");
        page.getByLabel(Pattern.compile("^CLEAN-1:")).check();
        assertAccessible(page);
        screenshot(page, "admin-measure-new");
        page.locator("button:has-text('Save measure')").click();

        assertThat(page.locator("h1")).hasText("Trees planted in the borough");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Measure added");
        page.locator("#add-proxy").click();
        assertAccessible(page);
        page.locator("#valuePerUnit").fill("12.50");
        page.locator("#source").fill("Illustrative value for the demo, not for real reporting");
        page.locator("#licence").fill("Illustrative: Social Value Tracker demo data, CC0");
        page.locator("button:has-text('Save proxy value')").click();

        assertThat(page.locator("#proxies-table")).containsText("£12.50");
        assertThat(page.locator("#proxies-table")).containsText("Illustrative");
        assertAccessible(page);
        screenshot(page, "admin-measure");
    }

    private void importMeasures() {
        page.locator(".govuk-service-navigation a:has-text('Measures')").click();
        page.locator("#import-measures").click();
        assertThat(page.locator("h1")).hasText("Import measures from a CSV file");
        assertAccessible(page);

        String mistakes = HEADER
                + "BR-BENCH,Benches installed,number,,counted,CLEAN-1,,,,\n"
                + "BR-LITTER,Litter picks,furlongs,,counted,CLEAN-9,,,,\n";
        page.locator("#file").setInputFiles(file(mistakes));
        page.locator("button:has-text('Upload and import')").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Line 3, column unit");
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("Outcome code CLEAN-9 is not in your council's framework");
        assertThat(page.locator("#problems tbody tr")).hasCount(2);
        assertAccessible(page);
        screenshot(page, "admin-import-errors");

        String corrected = HEADER
                + "BR-BENCH,Benches installed,number,,counted,CLEAN-1,,,,\n"
                + "BR-LITTER,Litter picks,hours,Hours spent picking litter,valued,CLEAN-1,2026/27,12.21,"
                + "\"Illustrative value for the demo, not for real reporting\",\"Illustrative: demo data, CC0\"\n";
        page.locator("#file").setInputFiles(file(corrected));
        page.locator("button:has-text('Upload and import')").click();
        assertThat(page.locator(".govuk-notification-banner--success"))
                .containsText("2 measures added, 0 measures updated, 1 proxy values set");
        assertThat(page.locator("#measures-table")).containsText("BR-LITTER");
        assertAccessible(page);
        screenshot(page, "admin-import-done");
    }

    private static FilePayload file(String csv) {
        return new FilePayload("library.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
