package org.svtracker.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.svtracker.domain.council.CouncilSettings;
import org.svtracker.domain.council.Councils;
import org.svtracker.web.WebIntegrationTest;

/** A council admin changes the council's settings; nobody else can. */
@WebIntegrationTest
class CouncilSettingsPagesTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Councils councils;

    AdminPages pages;

    @BeforeEach
    void pages() {
        pages = new AdminPages(context);
    }

    @Test
    void aCouncilAdminSeesTheSettingsAndTheStatutoryThresholdInForce() {
        Document page = pages.page("/admin/settings", "admin.oxfordshire");

        assertThat(page.select("h1").text()).isEqualTo("Council settings");
        assertThat(page.select("#socialValueThreshold").val()).isEqualTo("100000");
        assertThat(page.select("input[name=version]")).hasSize(1);
        assertThat(page.select(".govuk-summary-list").text()).contains("£214,904.00");
    }

    @Test
    void onlyACouncilAdminMayReadOrChangeTheSettings() {
        long surrey = pages.councilId("surrey");
        var before = councils.settingsOf(surrey);
        for (String username : new String[] {
            "procurement.surrey", "contracts.surrey", "councillor.surrey", "supplier.kestrelvale-care", "platform.admin"
        }) {
            assertThat(pages.get("/admin/settings", username)).hasStatus(403);
            assertThat(pages.post(
                            "/admin/settings",
                            username,
                            "socialValueThreshold",
                            "1",
                            "minimumWeightingPercent",
                            "10",
                            "ragUpperPercent",
                            "95",
                            "ragLowerPercent",
                            "85",
                            "version",
                            String.valueOf(before.version())))
                    .hasStatus(403);
        }
        assertThat(councils.settingsOf(surrey)).isEqualTo(before);
    }

    @Test
    void aCouncilAdminChangesTheSettingsAndTheChangeIsAudited() {
        var council = pages.council();
        var before = councils.settingsOf(council.id());

        var result = pages.post(
                "/admin/settings",
                council.admin(),
                "socialValueThreshold",
                "£250,000",
                "targetPercent",
                "12.5",
                "minimumWeightingPercent",
                "15",
                "ragUpperPercent",
                "90",
                "ragLowerPercent",
                "80",
                "version",
                String.valueOf(before.version()));

        assertThat(result).hasRedirectedUrl("/admin/settings");
        var after = councils.settingsOf(council.id()).settings();
        assertThat(after.socialValueThreshold()).isEqualByComparingTo("250000");
        assertThat(after.targetPercent()).isEqualByComparingTo("12.5");
        assertThat(after.minimumWeightingPercent()).isEqualByComparingTo("15");
        assertThat(after.ragUpperPercent()).isEqualByComparingTo("90");
        assertThat(after.ragLowerPercent()).isEqualByComparingTo("80");
        assertThat(pages.auditCount(council.id(), "Council", council.id())).isEqualTo(1);
        assertThat(pages.mvcWithFlash(
                                "/admin/settings",
                                council.admin(),
                                result.getMvcResult().getFlashMap())
                        .select(".govuk-notification-banner--success")
                        .text())
                .contains("Council settings saved");
        assertThat(pages.page("/admin/settings", council.admin()).select(".govuk-notification-banner--success"))
                .isEmpty();
    }

    @Test
    void anEmptyTargetMeansNoTarget() {
        var council = pages.council();

        pages.post(
                "/admin/settings",
                council.admin(),
                "socialValueThreshold",
                "0",
                "targetPercent",
                "",
                "minimumWeightingPercent",
                "10",
                "ragUpperPercent",
                "95",
                "ragLowerPercent",
                "85",
                "version",
                String.valueOf(councils.settingsOf(council.id()).version()));

        assertThat(councils.settingsOf(council.id()).settings().targetPercent()).isNull();
    }

    @Test
    void badValuesAreShownWithTheirMessagesAndNothingIsSaved() {
        var council = pages.council();
        var before = councils.settingsOf(council.id());

        var result = pages.post(
                "/admin/settings",
                council.admin(),
                "socialValueThreshold",
                "lots",
                "targetPercent",
                "120",
                "minimumWeightingPercent",
                "",
                "ragUpperPercent",
                "80",
                "ragLowerPercent",
                "90",
                "version",
                String.valueOf(before.version()));

        assertThat(result).hasStatusOk();
        Document page = AdminPages.parse(result);
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly(
                        "#socialValueThreshold", "#targetPercent", "#minimumWeightingPercent", "#ragLowerPercent");
        assertThat(page.select("#socialValueThreshold-error").text())
                .contains("Social value threshold must be an amount in pounds");
        assertThat(page.select("#targetPercent-error").text()).contains("at most 100%");
        assertThat(page.select("#ragLowerPercent-error").text()).contains("lower than the green band");
        assertThat(page.select("#socialValueThreshold").val()).isEqualTo("lots");
        assertThat(page.select("#targetPercent").val()).isEqualTo("120");
        assertThat(councils.settingsOf(council.id())).isEqualTo(before);
    }

    @Test
    void aStaleEditIsRefusedWithTheCurrentValuesShown() {
        var council = pages.council();
        var shown = councils.settingsOf(council.id());
        councils.changeSettings(
                council.id(),
                shown.version(),
                new CouncilSettings(
                        new BigDecimal("60000"),
                        null,
                        shown.settings().minimumWeightingPercent(),
                        shown.settings().ragUpperPercent(),
                        shown.settings().ragLowerPercent()),
                AdminPages.SYSTEM);

        var result = pages.post(
                "/admin/settings",
                council.admin(),
                "socialValueThreshold",
                "1",
                "minimumWeightingPercent",
                "10",
                "ragUpperPercent",
                "95",
                "ragLowerPercent",
                "85",
                "version",
                String.valueOf(shown.version()));

        assertThat(result).hasStatusOk();
        Document page = AdminPages.parse(result);
        assertThat(page.select(".govuk-error-summary").text()).contains("Someone else changed these settings");
        assertThat(page.select("#socialValueThreshold").val()).isEqualTo("60000");
        var now = councils.settingsOf(council.id());
        assertThat(now.settings().socialValueThreshold()).isEqualByComparingTo("60000");
        assertThat(page.select("input[name=version]").val()).isEqualTo(String.valueOf(now.version()));
    }
}
