package org.svtracker.web.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.svtracker.domain.testing.CommitmentTermsBuilder.aCommitment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.svtracker.domain.commitment.Commitments;
import org.svtracker.domain.contract.ContractStatus;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.QueryCounter;
import org.svtracker.web.WebIntegrationTest;
import org.svtracker.web.contract.ProcurementFixtures.TestCouncil;

/** Awarding a contract, and a contract's commitments: their values, adding, changing and removing them. */
@WebIntegrationTest
class CommitmentAndAwardPagesTests {

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
    Commitments commitments;

    @Autowired
    DomainFixtures domainFixtures;

    ProcurementFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ProcurementFixtures(domainFixtures, contracts, users);
    }

    // Award

    @Test
    void anOfficerFindsARegisteredSupplierByNameOrCompanyNumberAndAwardsTheContractToIt() {
        TestCouncil council = fixtures.council("award");
        long id = inTender(council, "AW-1");
        String larkspur = jdbc.sql("select companies_house_number from supplier where slug = 'larkspur-digital'")
                .query(String.class)
                .single();

        Document byName = page("/contracts/" + id + "/award?q=larkspur", council.officer());
        Document byNumber = page("/contracts/" + id + "/award?q=" + larkspur, council.officer());

        assertThat(byName.select("#award-existing .govuk-radios__label").eachText())
                .containsExactly("Larkspur Digital Services Ltd");
        assertThat(byNumber.select("#award-existing .govuk-radios__label").eachText())
                .containsExactly("Larkspur Digital Services Ltd");
        String supplierId =
                byName.select("#award-existing input[name=supplierId]").attr("value");

        Map<String, String> form = Map.of(
                "supplierId", supplierId,
                "awardedOn.day", "14",
                "awardedOn.month", "3",
                "awardedOn.year", "2027",
                "version", "" + version(id));
        assertThat(post("/contracts/" + id + "/award", council.officer(), form)).hasRedirectedUrl("/contracts/" + id);
        // A second click of the same award finds it done.
        assertThat(post("/contracts/" + id + "/award", council.officer(), form))
                .flash()
                .containsEntry("saved", "awarded");

        var awarded = contracts.contract(council.id(), id);
        assertThat(awarded.status()).isEqualTo(ContractStatus.AWARDED);
        assertThat(awarded.supplierId()).isEqualTo(Long.valueOf(supplierId));
        assertThat(awarded.awardedOn()).isEqualTo(LocalDate.of(2027, 3, 14));
    }

    @Test
    void anOfficerRegistersANewSupplierAndAwardsTheContractToItOrIsToldWhatIsWrong() {
        TestCouncil council = fixtures.council("newsupplier");
        long id = inTender(council, "AW-2");
        String name = "Brightwater Cleaning " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> form = new HashMap<>(Map.of(
                "name", name,
                "companiesHouseNumber", "12AB",
                "size", "SMALL",
                "vcse", "true",
                "postcode", "not a postcode",
                "newAwardedOn.day", "1",
                "newAwardedOn.month", "3",
                "newAwardedOn.year", "2027",
                "version", "" + version(id)));

        MvcTestResult refused = post("/contracts/" + id + "/award/new-supplier", council.officer(), form);

        Document page = ContractPagesTests.html(refused);
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#companiesHouseNumber", "#postcode");
        assertThat(page.select("#name").attr("value")).isEqualTo(name);
        assertThat(page.select("#postcode").attr("value")).isEqualTo("not a postcode");
        assertThat(contracts.contract(council.id(), id).status()).isEqualTo(ContractStatus.IN_TENDER);

        form.put("companiesHouseNumber", "");
        form.put("postcode", "ox11aa");
        assertThat(post("/contracts/" + id + "/award/new-supplier", council.officer(), form))
                .hasRedirectedUrl("/contracts/" + id);

        var awarded = contracts.contract(council.id(), id);
        assertThat(awarded.status()).isEqualTo(ContractStatus.AWARDED);
        assertThat(jdbc.sql("select postcode || ' ' || size || ' ' || vcse from supplier where id = ?")
                        .param(awarded.supplierId())
                        .query(String.class)
                        .single())
                .isEqualTo("OX1 1AA SMALL true");
        // The same supplier cannot be registered twice.
        long other = inTender(council, "AW-3");
        form.put("version", "" + version(other));
        Document again =
                ContractPagesTests.html(post("/contracts/" + other + "/award/new-supplier", council.officer(), form));
        assertThat(again.select("#name-error").text()).contains("already registered");
    }

    @Test
    void anotherCouncilsContractCannotBeAwarded() {
        TestCouncil council = fixtures.council("awardmine");
        TestCouncil other = fixtures.council("awardtheirs");
        long theirs = inTender(other, "AW-9");
        long supplier = jdbc.sql("select id from supplier where slug = 'larkspur-digital'")
                .query(Long.class)
                .single();

        assertThat(get("/contracts/" + theirs + "/award", council.officer())).hasStatus(404);
        assertThat(post(
                        "/contracts/" + theirs + "/award",
                        council.officer(),
                        Map.of(
                                "supplierId",
                                "" + supplier,
                                "awardedOn.day",
                                "1",
                                "awardedOn.month",
                                "3",
                                "awardedOn.year",
                                "2027",
                                "version",
                                "" + version(theirs))))
                .hasStatus(404);
        assertThat(get("/contracts/" + theirs + "/award", other.manager())).hasStatus(403);
        assertThat(contracts.contract(other.id(), theirs).status()).isEqualTo(ContractStatus.IN_TENDER);
    }

    // Commitments

    @Test
    void theCommitmentsPageShowsEachValueTheTotalAndTheShareAgainstTheTarget() {
        TestCouncil council = fixtures.council("values");
        long id = fixtures.contract(council, "CV-1", "150000");
        commit(council, id, "JOBS", "0.5", "EMP", "10", null);
        commit(council, id, "VISITS", "12", "SKL", null, null);

        Document page = page("/contracts/" + id + "/commitments", council.manager());

        assertThat(page.select("nav.app-contract-tabs a[aria-current=page]").text())
                .isEqualTo("Commitments");
        assertThat(page.select("#commitments-table tbody tr")).hasSize(2);
        assertThat(page.select("#commitments-table tbody tr:first-child").text())
                .contains("Local jobs", "0.5 FTE", "£12,500.00", "£11,250.00");
        assertThat(page.select("#commitments-table tbody tr:nth-child(2)").text())
                .contains("Not valued");
        assertThat(page.select("#total-gross").text()).isEqualTo("£12,500.00");
        assertThat(page.select("#total-net").text()).isEqualTo("£11,250.00");
        assertThat(page.select("#commitment-totals").text()).contains("8.33%", "10% of contract value: not met yet");
        assertThat(page.select("#estimated").text()).contains("estimates");
        // A contract manager reads but does not change commitments.
        assertThat(page.select("#add-commitment")).isEmpty();
        assertThat(page.select("#upload-template-link")).isEmpty();
        assertThat(page("/contracts/" + id + "/commitments", council.officer())
                        .select("#upload-template-link a")
                        .attr("href"))
                .isEqualTo("/contracts/" + id + "/commitments/upload");
    }

    @Test
    void theCommitmentsPageCostsTheSameQueriesForTwoCommitmentsAsForSix() {
        TestCouncil council = fixtures.council("qcommit");
        long two = fixtures.contract(council, "Q-2", "150000");
        long six = fixtures.contract(council, "Q-6", "150000");
        for (int i = 0; i < 2; i++) {
            commit(council, two, "JOBS", "1", "EMP", null, null);
        }
        for (int i = 0; i < 6; i++) {
            commit(council, six, i % 2 == 0 ? "JOBS" : "VOL", "2", i % 2 == 0 ? "SKL" : "COM", "5", "5");
        }
        page("/contracts/" + two + "/commitments", council.officer());

        long forTwo = queries.countOf(() -> page("/contracts/" + two + "/commitments", council.officer()));
        long forSix = queries.countOf(() -> page("/contracts/" + six + "/commitments", council.officer()));

        assertThat(forSix).isEqualTo(forTwo);
    }

    @Test
    void anOfficerAddsACommitmentAfterRecalculatingItsValueAndADoubleClickAddsOne() {
        TestCouncil council = fixtures.council("add");
        long id = fixtures.contract(council, "AD-1", "150000");
        Document form = page("/contracts/" + id + "/commitments/new", council.officer());
        assertThat(form.select("fieldset legend").eachText()).contains("Economic: More local people in work");
        Map<String, String> typed = commitmentForm(council, "JOBS", "0.5", "EMP");
        typed.put("formToken", form.select("input[name=formToken]").attr("value"));

        typed.put("action", "recalculate");
        Document recalculated =
                ContractPagesTests.html(post("/contracts/" + id + "/commitments/new", council.officer(), typed));
        assertThat(recalculated.select("#preview").text())
                .contains("£25,000.00 per FTE", "£12,500.00", "£11,250.00", "8.33% of contract value")
                .contains("target of 10%");
        assertThat(recalculated.select("#targetQuantity").attr("value")).isEqualTo("0.5");
        assertThat(countCommitments(id)).isZero();

        typed.put("action", "save");
        MvcTestResult first = post("/contracts/" + id + "/commitments/new", council.officer(), typed);
        MvcTestResult second = post("/contracts/" + id + "/commitments/new", council.officer(), typed);

        assertThat(first).hasStatus3xxRedirection();
        assertThat(second.getResponse().getRedirectedUrl())
                .isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(countCommitments(id)).isEqualTo(1);
    }

    @Test
    void aPrimaryOutcomeTheMeasureDoesNotServeIsRefusedAndTheFormKeepsWhatWasTyped() {
        TestCouncil council = fixtures.council("outcome");
        long id = fixtures.contract(council, "OU-1", "150000");
        Map<String, String> typed = commitmentForm(council, "JOBS", "2", "COM");
        typed.put("formToken", UUID.randomUUID().toString());
        typed.put("deadweightPercent", "120");

        Document page =
                ContractPagesTests.html(post("/contracts/" + id + "/commitments/new", council.officer(), typed));

        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#primaryOutcomeId", "#deadweightPercent");
        assertThat(page.select("#primaryOutcomeId-error").text()).contains("an outcome that the measure serves");
        // Once the measure is known, only its outcomes are offered.
        assertThat(page.select("#primaryOutcomeId option").eachText())
                .containsExactly("Choose an outcome", "Economic: More local people in work", "Economic: Better skills");
        assertThat(page.select("input[name=measureId][checked]").attr("value"))
                .isEqualTo("" + council.measures().get("JOBS"));
        assertThat(page.select("#targetQuantity").attr("value")).isEqualTo("2");
        assertThat(countCommitments(id)).isZero();
    }

    @Test
    void aStaleCommitmentEditShowsTheCurrentValuesAndOverwritesNothing() {
        TestCouncil council = fixtures.council("stalec");
        long id = fixtures.contract(council, "ST-1", "150000");
        long commitment = commit(council, id, "JOBS", "1", "EMP", null, null);
        long version = commitmentVersion(commitment);
        Map<String, String> first = commitmentForm(council, "JOBS", "2", "EMP");
        first.put("version", "" + version);
        first.put("action", "save");
        assertThat(post("/contracts/" + id + "/commitments/" + commitment + "/edit", council.officer(), first))
                .hasRedirectedUrl("/contracts/" + id + "/commitments");

        Map<String, String> second = commitmentForm(council, "JOBS", "3", "EMP");
        second.put("version", "" + version);
        second.put("action", "save");
        Document page = ContractPagesTests.html(
                post("/contracts/" + id + "/commitments/" + commitment + "/edit", council.admin(), second));

        assertThat(page.select(".govuk-error-summary").text()).contains("Someone else changed this commitment");
        assertThat(page.select("#current-values").text()).contains("target is 2");
        assertThat(page.select("#targetQuantity").attr("value")).isEqualTo("3");
        assertThat(commitments.commitment(council.id(), commitment).targetQuantity())
                .isEqualByComparingTo("2");
    }

    @Test
    void anOfficerRemovesACommitmentAfterConfirming() {
        TestCouncil council = fixtures.council("remove");
        long id = fixtures.contract(council, "RM-1", "150000");
        long commitment = commit(council, id, "VOL", "100", "COM", null, null);

        Document confirm = page("/contracts/" + id + "/commitments/" + commitment + "/remove", council.officer());
        assertThat(confirm.select("h1").text()).isEqualTo("Remove the commitment to Volunteering?");
        assertThat(post(
                        "/contracts/" + id + "/commitments/" + commitment + "/remove",
                        council.officer(),
                        Map.of("version", confirm.select("input[name=version]").attr("value"))))
                .hasRedirectedUrl("/contracts/" + id + "/commitments");

        assertThat(countCommitments(id)).isZero();
    }

    @Test
    void anotherCouncilsOrAnotherContractsCommitmentIsNotFoundAndPostsChangeNothing() {
        TestCouncil council = fixtures.council("mine");
        TestCouncil other = fixtures.council("theirs");
        long mine = fixtures.contract(council, "MI-1", "150000");
        long theirContract = fixtures.contract(other, "TH-1", "150000");
        long theirs = commit(other, theirContract, "JOBS", "1", "EMP", null, null);
        long version = commitmentVersion(theirs);
        Map<String, String> form = commitmentForm(other, "JOBS", "9", "EMP");
        form.put("version", "" + version);
        form.put("action", "save");
        form.put("formToken", UUID.randomUUID().toString());

        assertThat(get("/contracts/" + theirContract + "/commitments", council.officer()))
                .hasStatus(404);
        assertThat(get("/contracts/" + theirContract + "/commitments/new", council.officer()))
                .hasStatus(404);
        assertThat(post("/contracts/" + theirContract + "/commitments/new", council.officer(), form))
                .hasStatus(404);
        assertThat(get("/contracts/" + mine + "/commitments/" + theirs + "/edit", council.officer()))
                .hasStatus(404);
        assertThat(post("/contracts/" + mine + "/commitments/" + theirs + "/edit", council.officer(), form))
                .hasStatus(404);
        assertThat(post(
                        "/contracts/" + mine + "/commitments/" + theirs + "/remove",
                        council.officer(),
                        Map.of("version", "" + version)))
                .hasStatus(404);
        // The commitment exists in the same council, but under another contract.
        long otherContract = fixtures.contract(other, "TH-2", "150000");
        assertThat(post(
                        "/contracts/" + otherContract + "/commitments/" + theirs + "/remove",
                        other.officer(),
                        Map.of("version", "" + version)))
                .hasStatus(404);
        assertThat(countCommitments(theirContract)).isEqualTo(1);
        assertThat(countCommitments(mine)).isZero();
        assertThat(commitmentVersion(theirs)).isEqualTo(version);
    }

    @Test
    void commitmentsOfALiveContractCannotChangeAndOnlyOfficersAndAdminsChangeThem() {
        TestCouncil council = fixtures.council("live");
        long id = inTender(council, "LV-1");
        long commitment = commit(council, id, "JOBS", "1", "EMP", null, null);
        long supplier = jdbc.sql("select id from supplier where slug = 'larkspur-digital'")
                .query(Long.class)
                .single();
        contracts.awardContract(
                council.id(), id, version(id), supplier, LocalDate.of(2026, 5, 1), ProcurementFixtures.SYSTEM);
        assertThat(get("/contracts/" + id + "/commitments/new", council.manager()))
                .hasStatus(403);
        assertThat(get("/contracts/" + id + "/commitments/new", council.councillor()))
                .hasStatus(403);
        contracts.startDelivery(council.id(), id, version(id), ProcurementFixtures.SYSTEM);

        Document page = page("/contracts/" + id + "/commitments", council.officer());
        assertThat(page.select("#add-commitment")).isEmpty();
        assertThat(page.select("#upload-template-link")).isEmpty();
        assertThat(page.select("#commitments-fixed")).isNotEmpty();
        // The proxy was frozen at award, in 2026/27: £25,000 per FTE is the latest value in force.
        assertThat(page.select("#total-gross").text()).isEqualTo("£25,000.00");
        assertThat(page.select("#estimated")).isEmpty();
        assertThat(get("/contracts/" + id + "/commitments/new", council.officer()))
                .hasRedirectedUrl("/contracts/" + id + "/commitments");
        assertThat(post(
                        "/contracts/" + id + "/commitments/" + commitment + "/remove",
                        council.officer(),
                        Map.of("version", "" + commitmentVersion(commitment))))
                .flash()
                .containsKey("locked");
        assertThat(countCommitments(id)).isEqualTo(1);
    }

    private long inTender(TestCouncil council, String reference) {
        long id = fixtures.contract(council, reference, "150000");
        contracts.startTender(council.id(), id, version(id), ProcurementFixtures.SYSTEM);
        return id;
    }

    private long commit(
            TestCouncil council,
            long contractId,
            String measure,
            String target,
            String outcome,
            String deadweight,
            String attribution) {
        return commitments.addCommitment(
                council.id(),
                contractId,
                aCommitment(council.measures().get(measure), council.outcomes().get(outcome))
                        .target(target)
                        .due(LocalDate.of(2029, 3, 31))
                        .deadweight(deadweight)
                        .attribution(attribution)
                        .build(),
                ProcurementFixtures.SYSTEM);
    }

    private Map<String, String> commitmentForm(TestCouncil council, String measure, String target, String outcome) {
        Map<String, String> form = new HashMap<>();
        form.put("measureId", "" + council.measures().get(measure));
        form.put("primaryOutcomeId", "" + council.outcomes().get(outcome));
        form.put("schedule", "DUE_DATE");
        form.put("targetQuantity", target);
        form.put("dueDate.day", "31");
        form.put("dueDate.month", "3");
        form.put("dueDate.year", "2029");
        form.put("deadweightPercent", "10");
        form.put("attributionPercent", "");
        form.put("narrative", "");
        return form;
    }

    private long countCommitments(long contractId) {
        return jdbc.sql("select count(*) from commitment where contract_id = ?")
                .param(contractId)
                .query(Long.class)
                .single();
    }

    private long commitmentVersion(long id) {
        return jdbc.sql("select version from commitment where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private long version(long id) {
        return jdbc.sql("select version from contract where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private Document page(String uri, String username) {
        MvcTestResult result = get(uri, username);
        assertThat(result).hasStatusOk();
        return ContractPagesTests.html(result);
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
