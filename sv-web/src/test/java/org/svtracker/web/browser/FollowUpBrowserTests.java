package org.svtracker.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.svtracker.web.browser.BrowserSupport.assertAccessible;
import static org.svtracker.web.browser.BrowserSupport.screenshot;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.svtracker.domain.demo.DemoData;

/**
 * A contract manager's follow-up work on the demo data: a recovery plan opened on a red commitment,
 * a penalty recorded and the plan closed; a case study written and published; a beyond-procurement
 * activity recorded. One server for the three parts, each within the journey's time limit. Every
 * page is checked with axe; the screenshots illustrate the user guide.
 */
class FollowUpBrowserTests extends BrowserJourney {

    @Test
    void aContractManagerOpensARecoveryPlanOnARedCommitmentRecordsAPenaltyAndClosesIt() {
        signIn("contracts.warwickshire", DemoData.DEMO_PASSWORD);

        page.navigate(url("/remedies"));
        assertThat(page.locator("h1")).hasText("Recovery plans");
        assertThat(page.locator(".app-open-remedies"))
                .containsText("Hollowbrook to take on a second drainage apprentice");
        assertAccessible(page);
        screenshot(page, "remedies-list");

        page.locator("#open-remedy").click();
        assertThat(page.locator("h1")).hasText("Choose a commitment that is under-delivering");
        assertAccessible(page);
        screenshot(page, "remedies-choose");
        page.locator(".app-under-delivering tbody tr:has-text('Red') a").first().click();

        assertThat(page.locator("h1")).hasText("Open a recovery plan");
        assertThat(page.locator("#commitment-summary")).containsText("Red");
        page.locator("button:has-text('Open recovery plan')").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter what will be done to recover delivery");
        assertAccessible(page);
        page.locator("#action")
                .fill("Hollowbrook to bring forward the spring apprentice intake and add two placement weeks a month");
        page.locator("#owner").fill("Chris Evans, contract manager");
        page.locator("#dueDate-day").fill("31");
        page.locator("#dueDate-month").fill("3");
        page.locator("#dueDate-year").fill("2027");
        assertAccessible(page);
        screenshot(page, "remedy-new");
        page.locator("button:has-text('Open recovery plan')").click();

        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Recovery plan opened");
        assertThat(page.locator(".govuk-summary-list").nth(1)).containsText("31 March 2027");
        assertAccessible(page);
        page.locator("#penaltyAmount").fill("1500");
        page.locator("#penaltyReason").fill("Clause 12.4: service credit for a missed social value commitment");
        page.locator("#record-penalty").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Penalty recorded");
        assertAccessible(page);
        screenshot(page, "remedy-open");
        page.locator("#outcome").fill("Two apprentices started in January; apprenticeship weeks are back on profile");
        page.locator("#close-remedy").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Recovery plan closed");
        assertThat(page.locator("main .govuk-tag").first()).hasText("Closed");
        assertAccessible(page);
        screenshot(page, "remedy-closed");
    }

    @Test
    void aContractManagerWritesACaseStudyAndPublishesIt() {
        signIn("contracts.warwickshire", DemoData.DEMO_PASSWORD);

        page.locator(".govuk-service-navigation a:has-text('Case studies')").click();
        assertThat(page.locator("h1")).hasText("Case studies");
        assertAccessible(page);
        page.locator("#write-case-study").click();
        assertThat(page.locator("h1")).hasText("Write a case study");
        assertAccessible(page);
        page.locator("#title").fill("Gully cleansing crews train local drivers");
        page.locator("#story")
                .fill("Hollowbrook trained six local drivers for its gully cleansing crews; four now hold"
                        + " permanent jobs on Warwickshire's roads.");
        page.locator("#contractId").selectOption(new SelectOption().setIndex(1));
        page.locator("#outcomeId").selectOption(new SelectOption().setIndex(1));
        screenshot(page, "case-study-new");
        page.locator("button:has-text('Save as draft')").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Case study saved as a draft");
        assertThat(page.locator("#case-study-status")).containsText("Draft");
        assertAccessible(page);
        page.locator("#change-publication").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Case study published");
        assertThat(page.locator("#case-study-status")).containsText("Published");
        assertAccessible(page);
        screenshot(page, "case-study-published");
        page.locator(".govuk-back-link").click();
        assertThat(page.locator("#case-studies")).containsText("Gully cleansing crews train local drivers");
        assertAccessible(page);
        screenshot(page, "case-studies");
    }

    @Test
    void aContractManagerRecordsABeyondProcurementActivityThatTheAnnualReportShows() {
        signIn("contracts.warwickshire", DemoData.DEMO_PASSWORD);

        page.locator(".govuk-service-navigation a:has-text('Beyond procurement')")
                .click();
        assertThat(page.locator("h1")).hasText("Beyond procurement");
        assertAccessible(page);
        page.locator("#record-activity").click();
        assertAccessible(page);
        page.locator("label:has-text('Grant')").first().check();
        page.locator("#title").fill("Warm spaces grants");
        page.locator("#outcomeId").selectOption(new SelectOption().setIndex(1));
        page.locator("#activityDate-day").fill("15");
        page.locator("#activityDate-month").fill("1");
        page.locator("#activityDate-year").fill("2026");
        page.locator("#quantity").fill("14000");
        page.locator("#unit").selectOption("POUNDS");
        page.locator("#description").fill("Grants to fourteen community centres that opened as warm spaces");
        screenshot(page, "activity-new");
        page.locator("#save-activity").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Activity recorded");
        assertThat(page.locator(".app-activities")).containsText("Warm spaces grants");
        assertAccessible(page);
        screenshot(page, "activities");
        page.locator(".app-activities a:has-text('Warm spaces grants')").click();
        assertThat(page.locator("h1")).hasText("Change a beyond-procurement activity");
        assertThat(page.locator("#quantity")).hasValue("14000");
        assertAccessible(page);

        // The annual report shows the activity in its year.
        page.navigate(url("/reports/warwickshire/2025-26"));
        assertThat(page.locator("#beyond ~ table").first()).containsText("Warm spaces grants");
    }
}
