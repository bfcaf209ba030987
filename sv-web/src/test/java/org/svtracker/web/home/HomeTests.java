package org.svtracker.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.svtracker.web.WebIntegrationTest;

@WebIntegrationTest
class HomeTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    @WithUserDetails("platform.admin")
    void thePlatformAdminSeesEveryCouncilWithItsUsers() throws Exception {
        Document page = home();

        assertThat(page.select("h1").text()).isEqualTo("Councils");
        // Other test classes sharing this database add councils of their own; the demo's five come in order.
        assertThat(page.select("tbody th").eachText())
                .containsSubsequence(
                        "Leicestershire County Council",
                        "Oxfordshire County Council",
                        "Southend-on-Sea City Council",
                        "Surrey County Council",
                        "Warwickshire County Council");
        assertThat(page.select("tbody tr:has(th:contains(Leicestershire County Council)) td")
                        .eachText())
                .containsExactly("£50,000.00", "No target set", "4");
    }

    @Test
    @WithUserDetails("procurement.oxfordshire")
    void aProcurementOfficerSeesTheirCouncilsThreshold() throws Exception {
        Document page = home();

        assertThat(page.select("h1").text()).isEqualTo("Oxfordshire County Council");
        assertThat(page.select(".govuk-summary-list").text())
                .contains("Contracts worth £100,000.00 or more are in scope")
                .contains("No target set");
        assertThat(page.select("#signed-in-as").text())
                .isEqualTo("Signed in as Priya Shah (Procurement officer, Oxfordshire County Council)");
    }

    @Test
    @WithUserDetails("councillor.surrey")
    void aSurreyCouncillorSeesEveryContractInScopeAndTheTenPercentTarget() throws Exception {
        Document page = home();

        assertThat(page.select(".govuk-summary-list").text())
                .contains("Every contract is in scope, whatever its value")
                .contains("Social value worth at least 10% of the contract value")
                .contains("Green at 95% or more of the delivery expected to date, red below 85%");
        assertThat(page.select("table")).isEmpty();
    }

    @Test
    @WithUserDetails("admin.leicestershire")
    void aCouncilAdminSeesTheirOwnCouncilsUsersAndNoOneElses() throws Exception {
        Document page = home();

        assertThat(page.select("tbody tr td:nth-child(2)").eachText())
                .containsExactlyInAnyOrder(
                        "admin.leicestershire",
                        "procurement.leicestershire",
                        "contracts.leicestershire",
                        "councillor.leicestershire");
        assertThat(page.text()).doesNotContain("surrey").doesNotContain("Surrey");
    }

    @Test
    @WithUserDetails("contracts.warwickshire")
    void theLayoutSaysThisIsADemoAndOffersSignOut() throws Exception {
        Document page = home();

        assertThat(page.select("#demo-banner-title").text()).isEqualTo("Demonstration");
        assertThat(page.select("form[action=/sign-out] button").text()).isEqualTo("Sign out");
        assertThat(page.select(".govuk-service-navigation__item--active a").attr("aria-current"))
                .isEqualTo("page");
    }

    @Test
    @WithUserDetails("supplier.greenway-facilities")
    void aSupplierSeesItsOwnContractsWithEveryCouncilAndNoOneElses() throws Exception {
        Document page = home();

        assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Greenway Facilities Services Ltd");
        assertThat(page.select("h3").eachText())
                .extracting(text -> text.substring(0, text.indexOf(':')))
                .containsExactlyInAnyOrder("OCC-2025-014", "WCC-2024-009", "WCC-2025-033");
        assertThat(page.select("h2.govuk-heading-l").eachText())
                .containsExactly("Oxfordshire County Council", "Warwickshire County Council");
    }

    private Document home() throws Exception {
        var result = mvc.get().uri("/").exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
