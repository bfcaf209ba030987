package org.svtracker.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.svtracker.domain.measure.MeasureLibrary;
import org.svtracker.domain.measure.MeasureView;
import org.svtracker.domain.testing.QueryCounter;
import org.svtracker.web.WebIntegrationTest;

/** A council admin keeps the measure library: the list, a measure, adding, changing and proxies. */
@WebIntegrationTest
class MeasurePagesTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MeasureLibrary library;

    @Autowired
    QueryCounter queries;

    AdminPages pages;

    @BeforeEach
    void pages() {
        pages = new AdminPages(context);
    }

    @Test
    void theLibraryListsEveryMeasureWithItsOutcomesAndTheProxyInForceTaggedWhenIllustrative() {
        var council = pages.council();

        Document page = pages.page("/admin/measures", council.admin());

        assertThat(page.select("#measures-table tbody tr td:first-child").eachText())
                .containsExactly("JOBS", "STORY", "VISITS", "VOL");
        String jobs = page.select("#measures-table tbody tr").get(0).text();
        assertThat(jobs).contains("Local jobs", "FTE", "Valued", "EMP, SKL", "£25,000.00 per FTE (2025/26)");
        assertThat(jobs).contains("Council TOMs licence").doesNotContain("Illustrative");
        assertThat(page.select("#measures-table tbody tr").get(3).text()).contains("£16.93 per hours", "Illustrative");
        assertThat(page.select("#measures-table tbody tr").get(2).text()).contains("Not valued in £");
    }

    @Test
    void theLibraryFiltersByThemeAndByKind() {
        var council = pages.council();

        Document counted = pages.page("/admin/measures?kind=COUNTED", council.admin());
        Document social = pages.page("/admin/measures?theme=" + council.themes().get("SOC"), council.admin());

        assertThat(counted.select("#measures-table tbody tr td:first-child").eachText())
                .containsExactly("VISITS");
        assertThat(social.select("#measures-table tbody tr td:first-child").eachText())
                .containsExactly("STORY", "VOL");
        assertThat(pages.get("/admin/measures?kind=SOMETHING", council.admin())).hasStatus(404);
        assertThat(pages.get("/admin/measures?theme=" + pages.council().themes().get("SOC"), council.admin()))
                .hasStatus(404);
    }

    @Test
    void theLibraryCostsTheSameQueriesForFiveMeasuresAsForThirty() {
        var small = pages.council();
        var large = pages.council();
        StringBuilder more = new StringBuilder(
                "code,name,unit,unit_guidance,kind,outcome_codes,financial_year,proxy_value,proxy_source,proxy_licence\n");
        for (int i = 1; i <= 25; i++) {
            more.append("M")
                    .append(i)
                    .append(",Measure ")
                    .append(i)
                    .append(",hours,,valued,EMP;COM,2025/26,")
                    .append(i)
                    .append(".00,Source,Licence\n");
        }
        assertThat(library.importLibrary(
                                large.id(), new StringReader(more.toString()), LocalDate.now(), AdminPages.SYSTEM)
                        .imported())
                .isTrue();

        long five = queries.countOf(() -> pages.get("/admin/measures", small.admin()));
        long thirty = queries.countOf(() -> pages.get("/admin/measures", large.admin()));

        assertThat(thirty).isEqualTo(five);
    }

    @Test
    void aCouncilAdminAddsAMeasureAndADoubleClickAddsItOnce() {
        var council = pages.council();
        String token = pages.formToken("/admin/measures/new", council.admin());
        String[] form = {
            "code",
            "TREES",
            "name",
            "Trees planted",
            "kind",
            "COUNTED",
            "unit",
            "NUMBER",
            "unitGuidance",
            "Trees in the ground after a year",
            "outcomeIds",
            String.valueOf(council.outcomes().get("COM")),
            "outcomeIds",
            String.valueOf(council.outcomes().get("SKL")),
            "formToken",
            token
        };

        var first = pages.post("/admin/measures/new", council.admin(), form);
        var second = pages.post("/admin/measures/new", council.admin(), form);

        assertThat(first).hasStatus3xxRedirection();
        assertThat(second.getResponse().getRedirectedUrl())
                .isEqualTo(first.getResponse().getRedirectedUrl());
        MeasureView trees = library.library(council.id()).stream()
                .filter(m -> m.code().equals("TREES"))
                .findFirst()
                .orElseThrow();
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/admin/measures/" + trees.id());
        assertThat(trees.outcomeIds())
                .containsExactly(
                        council.outcomes().get("COM"), council.outcomes().get("SKL"));
        assertThat(library.library(council.id())).hasSize(5);
        assertThat(pages.page("/admin/measures/" + trees.id(), council.admin()).text())
                .contains("Trees in the ground after a year", "COM: Stronger communities");
    }

    @Test
    void aMeasureWithProblemsIsShownBackWithThemAndNothingIsAdded() {
        var council = pages.council();
        String token = pages.formToken("/admin/measures/new", council.admin());

        Document page = AdminPages.parse(pages.post(
                "/admin/measures/new",
                council.admin(),
                "code",
                "NO SPACES",
                "name",
                "",
                "kind",
                "NARRATIVE",
                "unit",
                "HOURS",
                "formToken",
                token));
        Document taken = AdminPages.parse(pages.post(
                "/admin/measures/new",
                council.admin(),
                "code",
                "JOBS",
                "name",
                "Jobs again",
                "kind",
                "COUNTED",
                "unit",
                "FTE",
                "outcomeIds",
                String.valueOf(council.outcomes().get("EMP")),
                "formToken",
                token));

        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#code", "#name", "#unit", "#outcomes");
        assertThat(page.select("#unit-error").text()).contains("no unit for a narrative measure");
        assertThat(page.select("#outcomes-error").text()).contains("Select at least one outcome");
        assertThat(page.select("#code").val()).isEqualTo("NO SPACES");
        assertThat(page.select("input[name=kind][checked]").val()).isEqualTo("NARRATIVE");
        assertThat(taken.select("#code-error").text()).contains("already has a measure with this code");
        assertThat(library.library(council.id())).hasSize(4);
    }

    @Test
    void aCouncilAdminChangesAMeasureAndAStaleChangeShowsTheCurrentDetails() {
        var council = pages.council();
        long visits = council.measures().get("VISITS");
        String form = "/admin/measures/" + visits + "/edit";
        Document shown = pages.page(form, council.admin());
        String version = shown.select("input[name=version]").val();
        String skl = String.valueOf(council.outcomes().get("SKL"));

        assertThat(pages.post(
                        form,
                        council.admin(),
                        "code",
                        "VISITS",
                        "name",
                        "School and college visits",
                        "kind",
                        "COUNTED",
                        "unit",
                        "NUMBER",
                        "outcomeIds",
                        skl,
                        "version",
                        version))
                .hasRedirectedUrl("/admin/measures/" + visits);
        Document stale = AdminPages.parse(pages.post(
                form,
                council.admin(),
                "code",
                "VISITS",
                "name",
                "Overwritten",
                "kind",
                "COUNTED",
                "unit",
                "NUMBER",
                "outcomeIds",
                skl,
                "version",
                version));

        assertThat(library.measure(council.id(), visits).name()).isEqualTo("School and college visits");
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this measure");
        assertThat(stale.select("#name").val()).isEqualTo("School and college visits");
    }

    @Test
    void aValuedMeasureWithProxiesMustStayValued() {
        var council = pages.council();
        long jobs = council.measures().get("JOBS");
        String form = "/admin/measures/" + jobs + "/edit";
        String version =
                pages.page(form, council.admin()).select("input[name=version]").val();

        Document page = AdminPages.parse(pages.post(
                form,
                council.admin(),
                "code",
                "JOBS",
                "name",
                "Local jobs",
                "kind",
                "COUNTED",
                "unit",
                "FTE",
                "outcomeIds",
                String.valueOf(council.outcomes().get("EMP")),
                "version",
                version));

        assertThat(page.select("#kind-error").text()).contains("must stay valued");
        assertThat(library.measure(council.id(), jobs).kind().name()).isEqualTo("VALUED");
    }

    @Test
    void aCouncilAdminAddsAProxyForAYearOnceWhateverTheClicks() {
        var council = pages.council();
        long jobs = council.measures().get("JOBS");
        String form = "/admin/measures/" + jobs + "/proxies/new";
        String token = pages.formToken(form, council.admin());
        String[] values = {
            "financialYear",
            "2026/27",
            "valuePerUnit",
            "26,000",
            "source",
            "Council TOMs licence 2026",
            "licence",
            "Licensed to the council",
            "formToken",
            token
        };

        assertThat(pages.post(form, council.admin(), values)).hasRedirectedUrl("/admin/measures/" + jobs);
        assertThat(pages.post(form, council.admin(), values)).hasRedirectedUrl("/admin/measures/" + jobs);

        assertThat(library.measure(council.id(), jobs).proxies())
                .extracting(p -> p.financialYear() + " " + p.valuePerUnit())
                .containsExactly("2024/25 £24,000.00", "2025/26 £25,000.00", "2026/27 £26,000.00");
        assertThat(pages.auditCount(council.id(), "Measure", jobs)).isEqualTo(2); // the import and this proxy
        assertThat(pages.page("/admin/measures/" + jobs, council.admin())
                        .select("#proxies-table tbody tr")
                        .first()
                        .text())
                .contains("2026/27", "£26,000.00", "Council TOMs licence 2026");
    }

    @Test
    void aProxyWithProblemsIsShownBackAndNothingIsSaved() {
        var council = pages.council();
        long jobs = council.measures().get("JOBS");
        String form = "/admin/measures/" + jobs + "/proxies/new";

        Document page = AdminPages.parse(pages.post(
                form,
                council.admin(),
                "financialYear",
                "2026/28",
                "valuePerUnit",
                "0",
                "source",
                "",
                "licence",
                "OGL",
                "formToken",
                pages.formToken(form, council.admin())));

        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#financialYear", "#valuePerUnit", "#source");
        assertThat(page.select("#financialYear").val()).isEqualTo("2026/28");
        assertThat(library.measure(council.id(), jobs).proxies()).hasSize(2);
        assertThat(pages.get("/admin/measures/" + council.measures().get("VISITS") + "/proxies/new", council.admin()))
                .hasStatus(404);
    }

    @Test
    void anotherCouncilsMeasuresAndOutcomesAreNotFoundAndPostsChangeNothing() {
        var council = pages.council();
        var other = pages.council();
        long jobs = council.measures().get("JOBS");
        String stranger = other.admin();

        assertThat(pages.get("/admin/measures/" + jobs, stranger)).hasStatus(404);
        assertThat(pages.get("/admin/measures/" + jobs + "/edit", stranger)).hasStatus(404);
        assertThat(pages.get("/admin/measures/" + jobs + "/proxies/new", stranger))
                .hasStatus(404);
        assertThat(pages.post(
                        "/admin/measures/" + jobs + "/edit",
                        stranger,
                        "code",
                        "JOBS",
                        "name",
                        "Taken over",
                        "kind",
                        "VALUED",
                        "unit",
                        "FTE",
                        "outcomeIds",
                        String.valueOf(other.outcomes().get("EMP")),
                        "version",
                        "0"))
                .hasStatus(404);
        assertThat(pages.post(
                        "/admin/measures/" + jobs + "/proxies/new",
                        stranger,
                        "financialYear",
                        "2027/28",
                        "valuePerUnit",
                        "1",
                        "source",
                        "S",
                        "licence",
                        "L",
                        "formToken",
                        java.util.UUID.randomUUID().toString()))
                .hasStatus(404);
        // A measure of one's own serving another council's outcome.
        assertThat(pages.post(
                        "/admin/measures/new",
                        stranger,
                        "code",
                        "SNEAKY",
                        "name",
                        "Sneaky",
                        "kind",
                        "COUNTED",
                        "unit",
                        "NUMBER",
                        "outcomeIds",
                        String.valueOf(council.outcomes().get("EMP")),
                        "formToken",
                        java.util.UUID.randomUUID().toString()))
                .hasStatus(404);

        assertThat(library.measure(council.id(), jobs).name()).isEqualTo("Local jobs");
        assertThat(library.measure(council.id(), jobs).proxies()).hasSize(2);
        assertThat(library.library(other.id())).extracting(MeasureView::code).doesNotContain("SNEAKY");
    }

    @Test
    void onlyACouncilAdminMayUseTheMeasurePages() {
        var council = pages.council();
        String officer = "procurement." + council.slug();
        long jobs = council.measures().get("JOBS");

        for (String uri : new String[] {
            "/admin/measures",
            "/admin/measures/new",
            "/admin/measures/" + jobs,
            "/admin/measures/" + jobs + "/edit",
            "/admin/measures/" + jobs + "/proxies/new",
            "/admin/measures/shared",
            "/admin/measures/import"
        }) {
            assertThat(pages.get(uri, officer)).as(uri).hasStatus(403);
            assertThat(pages.get(uri, "contracts.surrey")).as(uri).hasStatus(403);
        }
        assertThat(pages.post("/admin/measures/" + jobs + "/proxies/new", officer, "financialYear", "2027/28"))
                .hasStatus(403);
        assertThat(pages.post("/admin/measures/new", "councillor.surrey", "code", "X"))
                .hasStatus(403);
        assertThat(library.measure(council.id(), jobs).proxies()).hasSize(2);
    }

    @Test
    void aCouncilAdoptsASharedMeasureForItsOwnOutcomes() {
        var council = pages.council();
        library.importSharedLibrary(new StringReader("""
                        code,name,unit,unit_guidance,kind,outcome_codes,financial_year,proxy_value,proxy_source,proxy_licence
                        ADMIN-TREES,Trees planted,number,Count trees in the ground,valued,,2025/26,5.00,Illustrative,CC0
                        """), AdminPages.SYSTEM);
        Document shared = pages.page("/admin/measures/shared", council.admin());
        String adopt = shared.select("a[href*=/adopt]").stream()
                .filter(a -> a.text().contains("ADMIN-TREES"))
                .findFirst()
                .orElseThrow()
                .attr("href");
        String token = pages.formToken(adopt, council.admin());

        assertThat(pages.post(adopt, council.admin(), "formToken", token)).hasStatusOk();
        var result = pages.post(
                adopt,
                council.admin(),
                "outcomeIds",
                String.valueOf(council.outcomes().get("COM")),
                "formToken",
                token);

        assertThat(result).hasStatus3xxRedirection();
        assertThat(library.library(council.id()))
                .filteredOn(m -> m.code().equals("ADMIN-TREES"))
                .singleElement()
                .satisfies(m -> assertThat(m.outcomeIds())
                        .containsExactly(council.outcomes().get("COM")));
        assertThat(pages.page("/admin/measures/shared", council.admin())
                        .select("#shared-table")
                        .text())
                .contains("In your library");
    }
}
