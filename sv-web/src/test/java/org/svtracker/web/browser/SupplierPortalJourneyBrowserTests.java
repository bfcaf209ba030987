package org.svtracker.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.svtracker.web.browser.BrowserSupport.assertAccessible;
import static org.svtracker.web.browser.BrowserSupport.screenshot;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.delivery.Deliveries;
import org.svtracker.domain.delivery.ReturnStatus;
import org.svtracker.domain.demo.DemoData;
import org.svtracker.domain.testing.EvidenceSamples;

/**
 * A demo supplier working for two councils sends a return with two evidence files, has it queried,
 * answers the query and sends it again, and sees it verified. The contract manager's decisions are
 * made through the domain (the review pages belong to the council journeys).
 */
class SupplierPortalJourneyBrowserTests extends BrowserJourney {

    @Autowired
    Deliveries deliveries;

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

        var submitted = returnOf(returnId);
        Actor manager = managerOf(submitted.councilId());
        deliveries.queryReturn(
                submitted.councilId(),
                returnId,
                submitted.version(),
                "Please add the school's confirmation of the planting day.",
                manager);

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

        var resubmitted = returnOf(returnId);
        deliveries.verifyReturn(resubmitted.councilId(), returnId, resubmitted.version(), "Thank you", manager);

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

    private org.svtracker.domain.delivery.ReturnView returnOf(long returnId) {
        long supplierId = jdbc.sql("select supplier_id from delivery_return where id = ?")
                .param(returnId)
                .query(Long.class)
                .single();
        return deliveries.returnOfSupplier(supplierId, returnId);
    }

    private Actor managerOf(long councilId) {
        long id = jdbc.sql(
                        "select id from user_account where council_id = ? and role = 'CONTRACT_MANAGER' order by id limit 1")
                .param(councilId)
                .query(Long.class)
                .single();
        return Actor.user(id, "Contract manager");
    }
}
