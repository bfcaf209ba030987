package org.svtracker.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.svtracker.domain.measure.MeasureLibrary;
import org.svtracker.domain.measure.MeasureView;
import org.svtracker.web.WebIntegrationTest;

/** A council admin imports the measure library from a CSV file: all or nothing, every problem shown. */
@WebIntegrationTest
class MeasureImportPagesTests {

    private static final String IMPORT = "/admin/measures/import";
    private static final String HEADER =
            "code,name,unit,unit_guidance,kind,outcome_codes,financial_year,proxy_value,proxy_source,proxy_licence\n";

    @Autowired
    ApplicationContext context;

    @Autowired
    MeasureLibrary library;

    AdminPages pages;

    @BeforeEach
    void pages() {
        pages = new AdminPages(context);
    }

    @Test
    void aFileWithProblemsImportsNothingAndListsEveryProblemByLineAndColumn() {
        var council = pages.council();
        String csv = HEADER
                + "GOOD,A good measure,hours,,counted,COM,,,,\n"
                + "BAD,A bad measure,furlongs,,counted,COM,,,,\n"
                + "WORSE,,hours,,valued,NOPE,2025/26,12.00,Source,\n";

        var result = pages.upload(IMPORT, council.admin(), bytes(csv), "formToken", token(council));

        assertThat(result).hasStatusOk();
        Document page = AdminPages.parse(result);
        assertThat(page.select(".govuk-error-summary li").eachText())
                .containsExactly(
                        "Line 3, column unit: Unit must be FTE, weeks, hours, £, tCO2e, tonnes or number",
                        "Line 4, column name: Enter a name",
                        "Line 4, column outcome_codes: Outcome code NOPE is not in your council's framework",
                        "Line 4, column proxy_licence: Enter the licence under which you may use the proxy value");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsOnly("#file");
        assertThat(page.select("#file-error").text()).contains("The file has 4 problems, so nothing was imported");
        assertThat(page.select("#problems tbody tr")).hasSize(4);
        assertThat(page.select("#problems tbody tr").first().text()).contains("3", "unit", "Unit must be");
        assertThat(library.library(council.id())).extracting(MeasureView::code).doesNotContain("GOOD");
    }

    @Test
    void aGoodFileIsImportedWithItsCountsAndADoubleClickImportsItOnce() {
        var council = pages.council();
        String csv = HEADER
                + "NEW-1,A new measure,hours,,counted,COM,,,,\n"
                + "JOBS,Local jobs,FTE,Full-time equivalents,valued,EMP,2026/27,26000.00,Council TOMs licence,Licensed\n";
        String token = token(council);

        var first = pages.upload(IMPORT, council.admin(), bytes(csv), "formToken", token);
        var second = pages.upload(IMPORT, council.admin(), bytes(csv), "formToken", token);

        assertThat(first).hasRedirectedUrl("/admin/measures");
        assertThat(second).hasRedirectedUrl("/admin/measures");
        assertThat((String[]) first.getMvcResult().getFlashMap().get("imported"))
                .containsExactly("1", "1", "1");
        assertThat(library.library(council.id())).extracting(MeasureView::code).contains("NEW-1");
        long reimports = pages.jdbc()
                .sql("select count(*) from audit_event where council_id = ? and action = 'REIMPORTED'")
                .param(council.id())
                .query(Long.class)
                .single();
        assertThat(reimports).isEqualTo(1); // JOBS once, not twice
    }

    @Test
    void theSuccessBannerGivesTheCounts() {
        var council = pages.council();
        var result = pages.upload(
                IMPORT,
                council.admin(),
                bytes(HEADER + "NEW-2,Another,hours,,counted,COM,,,,\n"),
                "formToken",
                token(council));

        var banner = pages.mvcWithFlash(
                "/admin/measures", council.admin(), result.getMvcResult().getFlashMap());

        assertThat(banner.select(".govuk-notification-banner--success").text())
                .contains("Measure library imported", "1 measures added, 0 measures updated, 0 proxy values set");
    }

    @Test
    void aMissingEmptyOversizedOrNonUtf8FileGetsAClearMessage() {
        var council = pages.council();

        Document empty =
                AdminPages.parse(pages.upload(IMPORT, council.admin(), new byte[0], "formToken", token(council)));
        Document large = AdminPages.parse(pages.upload(
                IMPORT,
                council.admin(),
                new byte[(int) MeasureImportController.MAX_BYTES + 1],
                "formToken",
                token(council)));
        Document latin1 = AdminPages.parse(pages.upload(
                IMPORT,
                council.admin(),
                (HEADER + "X,Caf\u00e9,hours,,counted,COM,,,,\n").getBytes(StandardCharsets.ISO_8859_1),
                "formToken",
                token(council)));

        assertThat(empty.select("#file-error").text()).contains("Select a CSV file");
        assertThat(large.select("#file-error").text()).contains("smaller than 2 MB");
        assertThat(latin1.select("#file-error").text()).contains("UTF-8");
        assertThat(library.library(council.id())).hasSize(4);
    }

    @Test
    void theExampleFileUsesTheCouncilsOutcomeCodesAndImportsAsItIs() throws Exception {
        var council = pages.council();

        var example = pages.get(IMPORT + "/example.csv", council.admin());

        assertThat(example).hasStatusOk();
        assertThat(example.getResponse().getHeader("Content-Disposition")).contains("measure-library-example.csv");
        byte[] csv = example.getResponse().getContentAsByteArray();
        assertThat(pages.upload(IMPORT, council.admin(), csv, "formToken", token(council)))
                .hasRedirectedUrl("/admin/measures");
        assertThat(library.library(council.id()))
                .extracting(MeasureView::code)
                .contains("EX-JOBS", "EX-APPS", "EX-STORY");
    }

    @Test
    void onlyACouncilAdminImports() {
        var council = pages.council();

        assertThat(pages.upload(
                        IMPORT,
                        "procurement." + council.slug(),
                        bytes(HEADER + "NEW-3,Another,hours,,counted,COM,,,,\n"),
                        "formToken",
                        java.util.UUID.randomUUID().toString()))
                .hasStatus(403);
        assertThat(pages.get(IMPORT + "/example.csv", "councillor.surrey")).hasStatus(403);
        assertThat(library.library(council.id())).hasSize(4);
    }

    private String token(AdminPages.TestCouncil council) {
        return pages.formToken(IMPORT, council.admin());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
