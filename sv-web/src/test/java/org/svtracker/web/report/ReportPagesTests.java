package org.svtracker.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.testing.QueryCounter;
import org.svtracker.reporting.report.AnnualReport;
import org.svtracker.reporting.report.AnnualReports;
import org.svtracker.web.WebIntegrationTest;

/** The annual report pages on the demo data: who may see them, what they show, publishing. */
@WebIntegrationTest
class ReportPagesTests {

    private static final String SURREY_2025 = "/reports/surrey/2025-26";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AnnualReports reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QueryCounter queries;

    @Test
    void aCouncillorReadsTheirCouncilsReportWithTheFiguresOfTheModel() throws Exception {
        Document page = page(SURREY_2025, "councillor.surrey");
        AnnualReport model = reports.build(councilId("surrey"), FinancialYear.parse("2025/26"), LocalDate.now());

        assertThat(page.select("h1").text()).isEqualTo("Social value report 2025/26");
        assertThat(page.select("#delivered").text())
                .isEqualTo(model.headline().figures().delivered().toString());
        assertThat(page.select("#claimed").text())
                .isEqualTo(model.headline().figures().claimed().toString());
        assertThat(model.headline().figures().delivered().signum()).isPositive();
        assertThat(page.select("#themes-table tr.app-row--theme th").eachText())
                .containsExactlyElementsOf(model.themes().stream()
                        .map(AnnualReport.ThemeLine::name)
                        .toList());
        assertThat(page.select("svg[role=img] title").eachText())
                .contains("Social value delivered in 2025/26 by theme");
        assertThat(page.select("#proxies-table").text()).contains("Illustrative demo value");
        assertThat(page.select("form[action$=/publish]")).isEmpty();
    }

    @Test
    void everyDeliveredFigureLinksToReturnsThatAddUpToIt() throws Exception {
        Document report = page(SURREY_2025, "contracts.surrey");
        String href = report.select("#delivered").attr("href");

        Document returns = page(href, "contracts.surrey");

        assertThat(returns.select(".govuk-body-l").text())
                .endsWith(report.select("#delivered").text());
        assertThat(returns.select("#returns-table tbody tr")).isNotEmpty();
    }

    @Test
    void theCommittedFigureLinksToTheCommitmentsThatAddUpToIt() throws Exception {
        Document report = page("/reports/surrey/2025-26", "procurement.surrey");

        Document commitments = page(report.select("#committed-gross").attr("href"), "procurement.surrey");

        assertThat(commitments.select(".govuk-body-l").text())
                .endsWith(report.select("#committed-gross").text());
        assertThat(commitments.select("#commitments-table tbody tr")).isNotEmpty();
        assertThat(get("/reports/oxfordshire/2025-26/commitments", "procurement.surrey"))
                .hasStatus(404);
    }

    @Test
    void anotherCouncilsReportIsNotFoundAndAnUnknownYearToo() {
        assertThat(get("/reports/oxfordshire/2025-26", "councillor.surrey")).hasStatus(404);
        assertThat(get("/reports/oxfordshire/2025-26/returns", "councillor.surrey"))
                .hasStatus(404);
        assertThat(get("/api/v1/councils/oxfordshire/reports/2025-26", "councillor.surrey"))
                .hasStatus(404);
        assertThat(get("/reports/surrey/2025-27", "councillor.surrey")).hasStatus(404);
        assertThat(get("/reports/surrey/last-year", "councillor.surrey")).hasStatus(404);
    }

    @Test
    void suppliersAndThePlatformAdminHaveNoLiveReport() {
        assertThat(get(SURREY_2025, "supplier.greenway-facilities")).hasStatus(403);
        assertThat(get(SURREY_2025, "platform.admin")).hasStatus(403);
    }

    @Test
    void onlyACouncilAdminPublishesAndOnlyTheirOwnCouncilsReport() {
        assertThat(publish("/reports/southend/2025-26/publish", "procurement.southend"))
                .hasStatus(403);
        assertThat(publish("/reports/warwickshire/2025-26/publish", "admin.southend"))
                .hasStatus(404);
        // Other tests publish Leicestershire's reports; these two councils' must stay unpublished.
        assertThat(jdbc.sql("""
                                select c.slug || ' ' || p.financial_year from published_report p
                                join council c on c.id = p.council_id where c.slug in ('southend', 'warwickshire')
                                """).query(String.class).list()).isEmpty();
    }

    @Test
    void aPublishedReportIsPublicAndADoubleClickPublishesItOnce() throws Exception {
        assertThat(mvc.get().uri("/published/leicestershire/2025-26")).hasStatus(404);

        assertThat(publish("/reports/leicestershire/2025-26/publish", "admin.leicestershire"))
                .hasRedirectedUrl("/reports/leicestershire/2025-26");
        publish("/reports/leicestershire/2025-26/publish", "admin.leicestershire");

        MvcTestResult anonymous =
                mvc.get().uri("/published/leicestershire/2025-26").exchange();
        assertThat(anonymous).hasStatusOk();
        Document page = Jsoup.parse(anonymous.getResponse().getContentAsString());
        // Nothing changed between the two clicks, so there is one version (every version's keeping is
        // proved in PublishedReportsTests, where the data changes between publications).
        assertThat(page.select(".govuk-inset-text").text()).contains("version 1");
        assertThat(page.select("#delivered").is("span")).isTrue();
        assertThat(page.select("#delivered").text())
                .isEqualTo(page(("/reports/leicestershire/2025-26"), "councillor.leicestershire")
                        .select("#delivered")
                        .text());
        assertThat(mvc.get().uri("/published/leicestershire/2025-26/versions/1"))
                .hasStatusOk();
        assertThat(mvc.get().uri("/published/leicestershire/2025-26/versions/2"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/published/nowhere/2025-26")).hasStatus(404);
    }

    @Test
    void theReportIsAlsoJsonWithTheSameFigures() throws Exception {
        MvcTestResult json = get("/api/v1/councils/surrey/reports/2025-26", "councillor.surrey");

        assertThat(json).hasStatusOk();
        AnnualReport model = reports.build(councilId("surrey"), FinancialYear.parse("2025/26"), LocalDate.now());
        assertThat(json)
                .bodyJson()
                .extractingPath("$.headline.figures.delivered.amount")
                .asNumber()
                .satisfies(n -> assertThat(new java.math.BigDecimal(n.toString()))
                        .isEqualByComparingTo(
                                model.headline().figures().delivered().amount()));
    }

    @Test
    void theJsonReportIsDescribedInThePublicOpenApiDescription() throws Exception {
        MvcTestResult description = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(description).hasStatusOk();
        assertThat(description.getResponse().getContentAsString())
                .contains("Social Value Tracker API")
                .contains("/api/v1/councils/{council}/reports/{year}")
                .contains("AnnualReport")
                .doesNotContain("/reports/{council}/{year}/publish");
    }

    @Test
    void theReportPageCostsTheSameNumberOfQueriesForACouncilWithFewContractsAsForOneWithMore() {
        long southend = queries.countOf(() -> get("/reports/southend/2025-26", "councillor.southend"));
        long oxfordshire = queries.countOf(() -> get("/reports/oxfordshire/2025-26", "councillor.oxfordshire"));

        assertThat(contractsOf("southend")).isNotEqualTo(contractsOf("oxfordshire"));
        assertThat(southend).isEqualTo(oxfordshire);
    }

    private long contractsOf(String slug) {
        return jdbc.sql(
                        "select count(*) from contract k join council c on c.id = k.council_id where c.slug = ? and k.status = 'LIVE'")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private long councilId(String slug) {
        return jdbc.sql("select id from council where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private MvcTestResult get(String uri, String username) {
        return mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
    }

    private MvcTestResult publish(String uri, String username) {
        return mvc.post()
                .uri(uri)
                .with(user(users.loadUserByUsername(username)))
                .with(csrf())
                .exchange();
    }

    private Document page(String uri, String username) throws Exception {
        MvcTestResult result = get(uri, username);
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
