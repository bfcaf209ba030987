package org.svtracker.web.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.svtracker.domain.contract.ContractStatus;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.QueryCounter;
import org.svtracker.web.WebIntegrationTest;
import org.svtracker.web.contract.ProcurementFixtures.TestCouncil;

/** The contracts register, a contract's overview, registering and editing a contract, its lifecycle steps. */
@WebIntegrationTest
class ContractPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QueryCounter queries;

    @Autowired
    Contracts contracts;

    @Autowired
    DomainFixtures domainFixtures;

    ProcurementFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ProcurementFixtures(domainFixtures, contracts, users);
    }

    // The register

    @Test
    void theRegisterListsTheCouncilsOwnContractsLinkedToTheirOverview() {
        Document page = page("/contracts", "procurement.surrey");

        assertThat(page.select("h1").text()).isEqualTo("Contracts");
        assertThat(refs("/contracts", "procurement.surrey")).hasSize(5);
        assertThat(page.select("#register-table tbody tr td:first-child a").eachText())
                .contains("SCC-2025-012")
                .noneMatch(ref -> ref.startsWith("OCC"));
        String href = page.select("#register-table a:contains(SCC-2025-012)").attr("href");
        assertThat(href).matches("/contracts/\\d+");
        assertThat(page("/contracts", "procurement.surrey")
                        .select("form#register-filters")
                        .attr("method"))
                .isEqualTo("get");
    }

    @Test
    void theRegisterSearchesByReferenceTitleOrSupplierAndFiltersByStatusYearPriorityAndScope() {
        assertThat(refs("/contracts?q=library", "procurement.surrey")).containsExactly("SCC-2025-012");
        assertThat(refs("/contracts?q=larkspur", "procurement.surrey")).containsExactly("SCC-2024-044", "SCC-2025-027");
        assertThat(refs("/contracts?q=scc-2026", "procurement.surrey")).containsExactly("SCC-2026-002", "SCC-2026-015");
        assertThat(refs("/contracts?status=LIVE", "procurement.surrey"))
                .containsExactly("SCC-2025-012", "SCC-2025-027", "SCC-2026-002");
        assertThat(refs("/contracts?year=2024-25", "procurement.surrey")).containsExactly("SCC-2024-044");
        assertThat(refs("/contracts?scope=out", "procurement.oxfordshire")).containsExactly("OCC-2025-022");
        assertThat(refs("/contracts?scope=in&status=LIVE", "procurement.oxfordshire"))
                .containsExactly("OCC-2025-014");
        long outcome = jdbc.sql("""
                        select m.primary_outcome_id from commitment m join contract k on k.id = m.contract_id
                        where k.reference = 'SCC-2025-012' order by m.id limit 1""").query(Long.class).single();
        assertThat(refs("/contracts?priority=" + outcome, "procurement.surrey")).contains("SCC-2025-012");
        // What the register does not understand is ignored, never an error.
        assertThat(refs(
                        "/contracts?status=NOPE&year=2024-26&priority=x&scope=maybe&sort=sideways&page=zero",
                        "procurement.surrey"))
                .hasSize(5);
    }

    @Test
    void theFilterFormKeepsWhatWasChosenAndTheSortLinksKeepTheFilters() {
        Document page = page("/contracts?q=library&status=LIVE&sort=value-highest-first", "procurement.surrey");

        assertThat(page.select("#q").attr("value")).isEqualTo("library");
        assertThat(page.select("#status option[selected]").attr("value")).isEqualTo("LIVE");
        assertThat(page.select("th[aria-sort=descending]").text()).isEqualTo("Value");
        String valueLink = page.select("th[aria-sort=descending] a").attr("href");
        assertThat(valueLink).contains("q=library").contains("status=LIVE").contains("sort=value-lowest-first");
        assertThat(refs("/contracts?sort=value-highest-first", "procurement.surrey"))
                .containsExactly("SCC-2025-027", "SCC-2025-012", "SCC-2026-015", "SCC-2024-044", "SCC-2026-002");
        assertThat(refs("/contracts?sort=value-lowest-first", "procurement.surrey"))
                .startsWith("SCC-2026-002");
    }

    @Test
    void theRegisterIsPagedTwentyFiveAtATimeAndCostsTheSameQueriesForFiveAndForFiftyContracts() {
        TestCouncil five = fixtures.council("few");
        TestCouncil fifty = fixtures.council("many");
        for (int i = 1; i <= 5; i++) {
            fixtures.contract(five, "F-%02d".formatted(i), "150000");
        }
        for (int i = 1; i <= 50; i++) {
            fixtures.contract(fifty, "M-%02d".formatted(i), "150000");
        }
        page("/contracts", five.officer());
        page("/contracts", fifty.officer());

        long forFive = queries.countOf(() -> page("/contracts", five.officer()));
        long forFifty = queries.countOf(() -> page("/contracts", fifty.officer()));

        assertThat(forFifty).isEqualTo(forFive);
        Document first = page("/contracts", fifty.officer());
        assertThat(first.select("#register-table tbody tr")).hasSize(25);
        assertThat(first.select(".govuk-pagination__item")).hasSize(2);
        assertThat(first.select(".govuk-pagination__next a").attr("href")).contains("page=2");
        Document second = page("/contracts?page=2", fifty.officer());
        assertThat(second.select("#register-table tbody tr td:first-child")
                        .first()
                        .text())
                .isEqualTo("M-26");
        assertThat(page("/contracts", five.officer()).select(".govuk-pagination"))
                .isEmpty();
    }

    @Test
    void theRegisterIsForProcurementOfficersContractManagersAndCouncilAdmins() {
        assertThat(get("/contracts", "contracts.surrey")).hasStatusOk();
        assertThat(get("/contracts", "admin.surrey")).hasStatusOk();
        assertThat(get("/contracts", "councillor.surrey")).hasStatus(403);
        assertThat(get("/contracts", "supplier.larkspur-digital")).hasStatus(403);
        assertThat(get("/contracts", "platform.admin")).hasStatus(403);
        assertThat(page("/contracts", "contracts.surrey").select("#create-contract"))
                .isEmpty();
        assertThat(page("/contracts", "admin.surrey").select("#create-contract"))
                .isNotEmpty();
    }

    // The overview

    @Test
    void theOverviewShowsTheContractItsScopeAndTheStepsItsStatusAllows() {
        long id = contractId("SCC-2026-015");
        Document page = page("/contracts/" + id, "procurement.surrey");

        assertThat(page.select("h1").text())
                .isEqualTo("Supported employment service for adults with learning disabilities");
        assertThat(page.select("nav.app-contract-tabs a[aria-current=page]").text())
                .isEqualTo("Overview");
        assertThat(page.select(".govuk-summary-list").text())
                .contains("SCC-2026-015", "£450,000.00", "20%", "Not awarded yet", "In scope");
        assertThat(page.select("#award-contract").attr("href")).isEqualTo("/contracts/" + id + "/award");
        assertThat(page.select("#start-tender")).isEmpty();
        assertThat(page("/contracts/" + id, "contracts.surrey").select("#award-contract"))
                .isEmpty();
        assertThat(page("/contracts/" + contractId("SCC-2025-012"), "contracts.surrey")
                        .select("#close-contract"))
                .isNotEmpty();
    }

    @Test
    void anInScopeContractUnderTheStatutoryThresholdCarriesAWarning() {
        Document small = page("/contracts/" + contractId("SCC-2026-002"), "procurement.surrey");
        assertThat(small.select(".govuk-warning-text").text()).contains("under the statutory threshold of £214,904.00");

        Document outOfScope = page("/contracts/" + contractId("OCC-2025-022"), "procurement.oxfordshire");
        assertThat(outOfScope.select(".govuk-summary-list").text()).contains("Not in scope");
        assertThat(outOfScope.select(".govuk-warning-text")).isEmpty();
    }

    @Test
    void anotherCouncilsContractIsNotFoundAndItsStepsChangeNothing() {
        long oxfordshire = contractId("OCC-2026-024");
        long version = version(oxfordshire);

        assertThat(get("/contracts/" + oxfordshire, "procurement.surrey")).hasStatus(404);
        assertThat(get("/contracts/" + oxfordshire + "/edit", "procurement.surrey"))
                .hasStatus(404);
        assertThat(post(
                        "/contracts/" + oxfordshire + "/start-tender",
                        "procurement.surrey",
                        Map.of("version", "" + version)))
                .hasStatus(404);
        assertThat(post("/contracts/" + oxfordshire + "/edit", "procurement.surrey", validForm("HACK-1", version)))
                .hasStatus(404);
        assertThat(get("/contracts/999999999", "procurement.surrey")).hasStatus(404);
        assertThat(status(oxfordshire)).isEqualTo("PLANNED");
        assertThat(version(oxfordshire)).isEqualTo(version);
    }

    @Test
    void councillorsAndSuppliersSeeNoContractOverview() {
        long id = contractId("SCC-2025-012");
        assertThat(get("/contracts/" + id, "councillor.surrey")).hasStatus(403);
        assertThat(get("/contracts/" + id, "supplier.ashcombe-builders")).hasStatus(403);
        assertThat(get("/contracts/" + id + "/edit", "contracts.surrey")).hasStatus(403);
        assertThat(post("/contracts/" + id + "/start-tender", "contracts.surrey", Map.of("version", "0")))
                .hasStatus(403);
    }

    // Registering and editing

    @Test
    void aProcurementOfficerRegistersAContractAndSeesWhetherItIsInScope() {
        TestCouncil council = fixtures.council("create");
        Document form = page("/contracts/new", council.officer());
        assertThat(form.select(".govuk-input__prefix").text()).isEqualTo("£");
        assertThat(form.select("#procurementOfficerId option[selected]").attr("value"))
                .isEqualTo("" + council.officerId());

        MvcTestResult created = post("/contracts/new", council.officer(), validForm("NEW-1", null));

        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/contracts/\\d+");
        Document overview = html(mvc.get()
                .uri(location)
                .with(user(users.loadUserByUsername(council.officer())))
                .flashAttr("saved", "created")
                .exchange());
        assertThat(overview.select(".govuk-notification-banner").text())
                .contains("Contract registered")
                .contains("In scope: £150,000.00 is at or above your council's threshold of £100,000.00");
        assertThat(overview.select(".govuk-warning-text").text()).contains("under the statutory threshold");
        long id = Long.parseLong(location.substring("/contracts/".length()));
        assertThat(contracts.contract(council.id(), id).status()).isEqualTo(ContractStatus.PLANNED);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'Contract' and entity_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDoubleClickedCreateRegistersOneContractAndBothClicksLeadToIt() {
        TestCouncil council = fixtures.council("double");
        Map<String, String> form = validForm("TWICE-1", null);

        MvcTestResult first = post("/contracts/new", council.officer(), form);
        MvcTestResult second = post("/contracts/new", council.officer(), form);

        assertThat(first).hasStatus3xxRedirection();
        assertThat(second.getResponse().getRedirectedUrl())
                .isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(countContracts(council)).isEqualTo(1);
        var noToken = new java.util.HashMap<>(validForm("TWICE-2", null));
        noToken.remove("formToken");
        assertThat(post("/contracts/new", council.officer(), noToken)).hasStatus(400);
        assertThat(countContracts(council)).isEqualTo(1);
    }

    @Test
    void aFormWithMistakesSavesNothingKeepsWhatWasTypedAndSaysWhatIsWrong() {
        TestCouncil council = fixtures.council("mistakes");
        var form = new java.util.HashMap<>(validForm("BAD-1", null));
        form.put("value", "lots");
        form.put("endDate.day", "31");
        form.put("endDate.month", "2");
        form.put("title", "");
        form.remove("category");

        MvcTestResult result = post("/contracts/new", council.officer(), form);

        assertThat(result).hasStatusOk();
        Document page = html(result);
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#title", "#category", "#value", "#endDate");
        assertThat(page.select("#value-error").text()).contains("Enter the contract value as an amount in pounds");
        assertThat(page.select("#value").attr("value")).isEqualTo("lots");
        assertThat(page.select("#reference").attr("value")).isEqualTo("BAD-1");
        assertThat(page.select("#endDate-day").attr("value")).isEqualTo("31");
        assertThat(countContracts(council)).isZero();
    }

    @Test
    void aWeightingBelowTheMinimumOfAnInScopeContractNeedsAReason() {
        TestCouncil council = fixtures.council("weighting");
        var form = new java.util.HashMap<>(validForm("LOW-1", null));
        form.put("weightingPercent", "5");

        Document refused = html(post("/contracts/new", council.officer(), form));
        assertThat(refused.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#weightingReason");
        assertThat(refused.select("#weightingReason-error").text()).contains("minimum of 10%");
        assertThat(countContracts(council)).isZero();

        form.put("weightingReason", "A specialist market with two bidders");
        assertThat(post("/contracts/new", council.officer(), form)).hasStatus3xxRedirection();

        // Under the threshold, a low weighting needs no reason.
        var small = new java.util.HashMap<>(validForm("SMALL-1", null));
        small.put("value", "50000");
        small.put("weightingPercent", "");
        assertThat(post("/contracts/new", council.officer(), small)).hasStatus3xxRedirection();
        assertThat(countContracts(council)).isEqualTo(2);
    }

    @Test
    void aReferenceIsUsedOnceInACouncil() {
        TestCouncil council = fixtures.council("unique");
        fixtures.contract(council, "SAME-1", "150000");

        Document page = html(post("/contracts/new", council.officer(), validForm("SAME-1", null)));

        assertThat(page.select("#reference-error").text()).contains("already has this reference");
        assertThat(countContracts(council)).isEqualTo(1);
    }

    @Test
    void anEditSavesTheChangesAndAStaleEditShowsTheCurrentValuesAndOverwritesNothing() {
        TestCouncil council = fixtures.council("edit");
        long id = fixtures.contract(council, "EDIT-1", "150000");
        long version = version(id);
        Document form = page("/contracts/" + id + "/edit", council.admin());
        assertThat(form.select("input[name=version]").attr("value")).isEqualTo("" + version);
        assertThat(form.select("#value").attr("value")).isEqualTo("150000.00");

        var first = new java.util.HashMap<>(validForm("EDIT-1", version));
        first.put("title", "Changed by the first editor");
        assertThat(post("/contracts/" + id + "/edit", council.admin(), first)).hasRedirectedUrl("/contracts/" + id);

        var second = new java.util.HashMap<>(validForm("EDIT-1", version));
        second.put("title", "Changed by the second editor");
        MvcTestResult stale = post("/contracts/" + id + "/edit", council.officer(), second);

        assertThat(stale).hasStatusOk();
        Document page = html(stale);
        assertThat(page.select(".govuk-error-summary").text()).contains("Someone else changed this contract");
        assertThat(page.select("#current-values + .govuk-summary-list").text()).contains("Changed by the first editor");
        assertThat(page.select("#title").attr("value")).isEqualTo("Changed by the second editor");
        assertThat(page.select("input[name=version]").attr("value")).isEqualTo("" + version(id));
        assertThat(contracts.contract(council.id(), id).title()).isEqualTo("Changed by the first editor");
    }

    @Test
    void theLifecycleStepsMoveTheContractOnOnceEvenWhenClickedTwice() {
        TestCouncil council = fixtures.council("steps");
        long id = fixtures.contract(council, "STEP-1", "150000");
        long version = version(id);

        assertThat(post("/contracts/" + id + "/start-tender", council.officer(), Map.of("version", "" + version)))
                .hasRedirectedUrl("/contracts/" + id);
        MvcTestResult again =
                post("/contracts/" + id + "/start-tender", council.officer(), Map.of("version", "" + version));

        assertThat(again).hasRedirectedUrl("/contracts/" + id);
        assertThat(again).flash().containsKey("stale");
        assertThat(status(id)).isEqualTo("IN_TENDER");
        assertThat(version(id)).isEqualTo(version + 1);
    }

    private Map<String, String> validForm(String reference, Long version) {
        var form = new java.util.HashMap<String, String>();
        form.put("reference", reference);
        form.put("title", "Day services for older people");
        form.put("category", "SERVICES");
        form.put("value", "£150,000");
        form.put("startDate.day", "1");
        form.put("startDate.month", "4");
        form.put("startDate.year", "2027");
        form.put("endDate.day", "31");
        form.put("endDate.month", "3");
        form.put("endDate.year", "2030");
        form.put("weightingPercent", "12");
        form.put("weightingReason", "");
        form.put("procurementOfficerId", "");
        form.put("contractManagerId", "");
        form.put("localArea", "Testshire");
        form.put("ocid", "");
        if (version != null) {
            form.put("version", "" + version);
        } else {
            form.put("formToken", java.util.UUID.randomUUID().toString());
        }
        return form;
    }

    private long countContracts(TestCouncil council) {
        return jdbc.sql("select count(*) from contract where council_id = ?")
                .param(council.id())
                .query(Long.class)
                .single();
    }

    private long contractId(String reference) {
        return jdbc.sql("select id from contract where reference = ?")
                .param(reference)
                .query(Long.class)
                .single();
    }

    private long version(long id) {
        return jdbc.sql("select version from contract where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private String status(long id) {
        return jdbc.sql("select status from contract where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    /**
     * The demo contracts a register page lists, in order. Other test classes share this database and
     * add contracts of their own to demo councils; their references never look like the demo's.
     */
    private java.util.List<String> refs(String uri, String username) {
        return page(uri, username).select("#register-table tbody tr td:first-child").eachText().stream()
                .filter(ref -> ref.matches("[A-Z]{3}-\\d{4}-\\d{3}"))
                .toList();
    }

    private Document page(String uri, String username) {
        MvcTestResult result = get(uri, username);
        assertThat(result).hasStatusOk();
        return html(result);
    }

    static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MvcTestResult get(String uri, String username) {
        return mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
    }

    private MvcTestResult post(String uri, String username, Map<String, String> form) {
        var request = mvc.post()
                .uri(uri)
                .with(user(users.loadUserByUsername(username)))
                .with(csrf());
        form.forEach((k, v) -> request.param(k, v));
        return request.exchange();
    }
}
