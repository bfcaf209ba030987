package org.svtracker.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.svtracker.web.browser.BrowserSupport.assertAccessible;
import static org.svtracker.web.browser.BrowserSupport.screenshot;

import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.demo.DemoData;
import org.svtracker.domain.supplier.Suppliers;
import org.svtracker.web.TestMailServer;

/**
 * A contract manager invites a supplier contact; the contact reads the mail, follows the link, sets
 * a password and lands in the portal. Then the council admin's users, password reset and the demo
 * outbox. Every page is checked with axe.
 */
class InvitationJourneyBrowserTests extends BrowserJourney {

    private static final String PASSWORD = "marmalade lantern harbour";

    @Autowired
    Accounts accounts;

    @Autowired
    Suppliers suppliers;

    @Test
    void aContractManagerInvitesASupplierContactWhoSetsAPasswordAndLandsInThePortal() throws Exception {
        String email = "jo.contact-" + UUID.randomUUID().toString().substring(0, 6) + "@greenway.example";
        signIn("contracts.oxfordshire", DemoData.DEMO_PASSWORD);
        page.navigate(url("/supplier-invitations/new"));
        assertThat(page.locator("h1")).hasText("Invite a supplier contact");
        assertAccessible(page);

        page.locator("button:has-text('Send invitation')").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the supplier");
        assertAccessible(page);

        page.locator("#supplierId").selectOption(new SelectOption().setLabel("Greenway Facilities Services Ltd"));
        page.locator("#displayName").fill("Jo Contact");
        page.locator("#email").fill(email);
        screenshot(page, "invite-supplier-contact");
        page.locator("button:has-text('Send invitation')").click();
        assertThat(page.locator("[aria-labelledby=invited-title]"))
                .containsText("We have emailed an invitation to " + email);
        assertAccessible(page);
        screenshot(page, "invite-supplier-contact-sent");
        page.locator("button:has-text('Sign out')").click();

        String link =
                TestMailServer.linkPath(TestMailServer.awaitMailTo(email, 1).get(0));
        page.navigate(url(link));
        assertThat(page.locator("h1")).hasText("Set your password");
        assertAccessible(page);
        screenshot(page, "set-password");

        page.locator("#password").fill("password1234");
        page.locator("#confirmPassword").fill("password1234");
        page.locator("button:has-text('Set password and sign in')").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("too common");
        assertAccessible(page);
        screenshot(page, "set-password-error");

        page.locator("#password").fill(PASSWORD);
        page.locator("#confirmPassword").fill(PASSWORD);
        page.locator("button:has-text('Set password and sign in')").click();
        assertThat(page.locator("h1")).hasText("My contracts");
        assertThat(page.locator("#signed-in-as")).containsText("Jo Contact");
        assertAccessible(page);

        page.navigate(url("/portal/users"));
        assertThat(page.locator("#users")).containsText(email);
        assertAccessible(page);
        screenshot(page, "portal-users");
        page.locator("a:has-text('Invite a colleague')").click();
        assertThat(page.locator("h1")).hasText("Invite a colleague");
        assertAccessible(page);

        // The link worked once.
        page.navigate(url(link));
        assertThat(page.locator("h1")).hasText("This link does not work");
        assertAccessible(page);
        screenshot(page, "link-not-valid");
    }

    @Test
    void theCouncilAdminSeesUsersInvitesStaffAndDisablesAUser() {
        signIn("admin.oxfordshire", DemoData.DEMO_PASSWORD);
        page.navigate(url("/admin/users"));
        assertThat(page.locator("h1")).hasText("Users");
        assertAccessible(page);
        screenshot(page, "council-users");

        page.locator("a:has-text('Invite a user')").click();
        assertThat(page.locator("h1")).hasText("Invite a user");
        String email = "new.officer-" + UUID.randomUUID().toString().substring(0, 6) + "@oxfordshire.example";
        page.locator("#displayName").fill("Nia Officer");
        page.locator("#email").fill(email);
        page.locator("label:has-text('Procurement officer')").click();
        assertAccessible(page);
        screenshot(page, "invite-user");
        page.locator("button:has-text('Send invitation')").click();
        assertThat(page.locator("[aria-labelledby=done-title]")).containsText(email);
        assertThat(page.locator("#pending")).containsText("Nia Officer");
        assertAccessible(page);

        page.locator("#users tr:has-text('councillor.oxfordshire') button:has-text('Disable')")
                .click();
        assertThat(page.locator("[aria-labelledby=done-title]")).containsText("has been disabled and signed out");
        assertAccessible(page);
        screenshot(page, "council-users-disabled");
        page.locator("#users tr:has-text('councillor.oxfordshire') button:has-text('Enable')")
                .click();
        assertThat(page.locator("[aria-labelledby=done-title]")).containsText("can sign in again");
    }

    @Test
    void aUserResetsTheirPasswordAndThePlatformAdminSeesTheMailInTheOutbox() {
        page.navigate(url("/sign-in"));
        assertAccessible(page);
        page.locator("a:has-text('Forgotten your password?')").click();
        assertThat(page.locator("h1")).hasText("Reset your password");
        assertAccessible(page);
        screenshot(page, "password-reset");

        page.locator("#email").fill("nobody@nowhere.example");
        page.locator("button:has-text('Send the link')").click();
        assertThat(page.locator("h1")).hasText("Check your email");
        assertAccessible(page);
        screenshot(page, "password-reset-sent");

        String email = "forgetful-" + UUID.randomUUID().toString().substring(0, 6) + "@greenway.example";
        accounts.createSupplierUser(
                email,
                "Fran Forgetful",
                email,
                PASSWORD,
                suppliers.findBySlug("greenway-facilities").orElseThrow().id());
        page.navigate(url("/password-reset"));
        page.locator("#email").fill(email);
        page.locator("button:has-text('Send the link')").click();
        assertThat(page.locator("h1")).hasText("Check your email");
        page.navigate(
                url(TestMailServer.linkPath(TestMailServer.awaitMailTo(email, 1).get(0))));
        assertThat(page.locator("h1")).hasText("Set a new password");
        assertAccessible(page);
        screenshot(page, "new-password");
        page.locator("#password").fill("an entirely new passphrase");
        page.locator("#confirmPassword").fill("an entirely new passphrase");
        page.locator("button:has-text('Set new password')").click();
        assertThat(page.locator("h1")).hasText("Your password has been changed");
        assertAccessible(page);
        screenshot(page, "password-reset-complete");
        signIn(email, "an entirely new passphrase");
        assertThat(page.locator("h1")).hasText("My contracts");
        page.locator("button:has-text('Sign out')").click();

        signIn("platform.admin", DemoData.DEMO_PASSWORD);
        page.navigate(url("/outbox"));
        assertThat(page.locator("h1")).hasText("Outbox");
        assertAccessible(page);
        screenshot(page, "outbox");
        page.locator("#outbox tbody tr a").first().click();
        assertThat(page.locator("#mail-body")).containsText("Dear");
        assertAccessible(page);
        screenshot(page, "outbox-message");
        assertThat(TestMailServer.mailTo("nobody@nowhere.example")).isEmpty();
    }
}
