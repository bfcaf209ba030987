package org.svtracker.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.svtracker.web.browser.BrowserSupport.assertAccessible;
import static org.svtracker.web.browser.BrowserSupport.screenshot;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.svtracker.domain.demo.DemoData;
import org.svtracker.domain.returns.ReturnStatus;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.testing.EvidenceSamples;

/**
 * A demo supplier working for two councils sends a return with two evidence files, has it queried,
 * answers the query and sends it again, and sees it verified. The council's contract manager queries
 * and verifies it on the review page, signed in in a browser of their own.
 */
class SupplierPortalJourneyBrowserTests extends BrowserJourney {

    @Autowired
    Returns deliveries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSupplierSendsAReturnWithEvidenceAnswersAQueryAndSeesItVerified() {
        signIn("supplier.greenway-facilities", DemoData.DEMO_PASSWORD);

        assertThat(page.locator("h1")).hasText("My contracts");
        assertThat(page.locator("h2.govuk-heading-l"))
                .hasText(new String[] {"Oxfordshire County Council", "Warwickshire County Council"});
        assertAccessible(page);
        screenshot(page, "portal-home");

        page.locator("h3 a:has-text('OCC-2025-014')").click();
        assertThat(page.locator("h1")).hasText("Grounds maintenance and facilities services for county buildings");
        assertAccessible(page);
        screenshot(page, "portal-contract");

        page.locator("section:has(h2:text-is('Trees planted')) a:has-text('Start a return')")
                .first()
                .click();
        assertThat(page.locator("legend h1")).hasText("Which quarter is this return for?");
        page.locator("button:has-text('Continue')").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the quarter the return is for");
        assertAccessible(page);
        page.locator("label:has-text('Q3 2026/27')").click();
        assertAccessible(page);
        screenshot(page, "portal-new-return");
        page.locator("button:has-text('Continue')").click();

        assertThat(page.locator("h1")).hasText("Return for Q3 2026/27");
        page.locator("#quantity").fill("40");
        page.locator("#narrative").fill("40 trees planted with Year 5 of Bicester Primary School on 14 October");
        page.locator("#evidence").setInputFiles(new FilePayload[] {
            new FilePayload("photo.png", "image/png", EvidenceSamples.html()),
        });
        page.locator("button:has-text('Save as draft')").click();
        assertThat(page.locator("#evidence-error"))
                .containsText("photo.png must be a PDF, PNG, JPEG, DOCX, XLSX or CSV");
        assertThat(page.locator("#narrative"))
                .hasValue("40 trees planted with Year 5 of Bicester Primary School on 14 October");
        assertAccessible(page);
        screenshot(page, "portal-refused-file");

        page.locator("#evidence").setInputFiles(new FilePayload[] {
            new FilePayload("planting-register.pdf", "application/pdf", EvidenceSamples.pdf("Planting register")),
            new FilePayload("planting-day.png", "image/png", EvidenceSamples.png())
        });
        page.locator("label:has-text('This data relates only to contract OCC-2025-014')")
                .click();
        page.locator("label:has-text('It relates to a commitment in contract OCC-2025-014')")
                .click();
        assertAccessible(page);
        screenshot(page, "portal-edit-return");
        page.locator("button:has-text('Submit return')").click();

        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Return submitted");
        assertThat(page.locator("#evidence-files a"))
                .hasText(new String[] {"planting-register.pdf", "planting-day.png"});
        assertAccessible(page);
        screenshot(page, "portal-return-submitted");
        long returnId = Long.parseLong(page.url().replaceAll(".*/portal/returns/(\\d+).*", "$1"));

        // The council's contract manager queries it from the review page, in a browser of their own.
        String managerName = managerOf(returnOf(returnId).councilId());
        asContractManager(managerName, "/reviews/" + returnId, review -> {
            review.locator("#query-reason").fill("Please add the school's confirmation of the planting day.");
            review.locator("button:has-text('Send query')").click();
            assertThat(review.locator(".govuk-notification-banner--success")).containsText("Query sent");
        });

        page.navigate(url("/"));
        page.locator("a:has-text(\"Answer the council's query on Q3 2026/27\")").click();
        assertThat(page.locator("#council-question")).containsText("school's confirmation");
        assertAccessible(page);
        screenshot(page, "portal-answer-query");
        page.locator("#evidence").setInputFiles(new FilePayload[] {
            new FilePayload("school-letter.pdf", "application/pdf", EvidenceSamples.pdf("Thank you from the school"))
        });
        page.locator("#declarations").check();
        page.locator("#declarations-2").check();
        page.locator("button:has-text('Submit return')").click();
        assertThat(page.locator("main .govuk-tag").first()).hasText("Submitted");
        assertThat(page.locator("#evidence-files a")).hasCount(3);

        asContractManager(managerName, "/reviews/" + returnId, review -> {
            assertThat(review.locator("#evidence-list a")).hasCount(3);
            review.locator("#verify-reason").fill("Thank you");
            review.locator("button:has-text('Verify return')").click();
            assertThat(review.locator(".govuk-notification-banner--success")).containsText("Return verified");
        });

        page.reload();
        assertThat(page.locator("main .govuk-tag").first()).hasText("Verified");
        assertAccessible(page);
        screenshot(page, "portal-return-verified");
        assertThat(returnOf(returnId).status()).isEqualTo(ReturnStatus.VERIFIED);

        long firstFile = jdbc.sql("select min(id) from evidence where return_id = ?")
                .param(returnId)
                .query(Long.class)
                .single();
        var download = page.context().request().get(url("/portal/returns/" + returnId + "/evidence/" + firstFile));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().get("content-disposition")).startsWith("attachment");
        assertThat(download.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(download.headers().get("content-type")).isEqualTo("application/pdf");
    }

    private org.svtracker.domain.returns.ReturnView returnOf(long returnId) {
        long supplierId = jdbc.sql("select supplier_id from delivery_return where id = ?")
                .param(returnId)
                .query(Long.class)
                .single();
        return deliveries.returnOfSupplier(supplierId, returnId);
    }

    /** The username of the council's demo contract manager. */
    private String managerOf(long councilId) {
        return "contracts."
                + jdbc.sql("select slug from council where id = ?")
                        .param(councilId)
                        .query(String.class)
                        .single();
    }

    /** A contract manager signed in in a browser context of their own does something on one page. */
    private void asContractManager(String username, String path, java.util.function.Consumer<Page> act) {
        BrowserContext managerContext = BrowserSupport.browser().newContext();
        try {
            Page manager = managerContext.newPage();
            manager.navigate(url("/sign-in"));
            manager.locator("#username").fill(username);
            manager.locator("#password").fill(DemoData.DEMO_PASSWORD);
            manager.locator("button:has-text('Sign in')").click();
            manager.navigate(url(path));
            assertAccessible(manager);
            act.accept(manager);
        } finally {
            managerContext.close();
        }
    }
}
