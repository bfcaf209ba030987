package org.svtracker.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.CommitmentTerms;
import org.svtracker.domain.commitment.Commitments;
import org.svtracker.domain.contract.ContractCategory;
import org.svtracker.domain.contract.ContractDetails;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.delivery.Deliveries;
import org.svtracker.domain.delivery.RagStatus;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.DomainFixtures.TestCouncil;
import org.svtracker.domain.testing.QueryCounter;
import org.svtracker.domain.testing.TestDatabaseConfiguration;
import org.svtracker.reporting.ReportingTestApplication;

/**
 * A council-year with known data: proxies with pence, returns either side of 31 March, verified,
 * claimed, queried and rejected returns, a measure serving two outcomes, counted and narrative
 * measures, deadweight and attribution. Every figure of the report is worked out by hand below.
 */
@SpringBootTest(classes = ReportingTestApplication.class)
@Import({TestDatabaseConfiguration.class, DomainFixtures.class, QueryCounter.class})
@Transactional
class AnnualReportsTests {

    private static final FinancialYear YEAR = FinancialYear.parse("2025/26");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Autowired
    DomainFixtures fixtures;

    @Autowired
    Contracts contracts;

    @Autowired
    Commitments commitments;

    @Autowired
    Deliveries deliveries;

    @Autowired
    AnnualReports reports;

    @Autowired
    QueryCounter queries;

    @Autowired
    EntityManager entityManager;

    TestCouncil council;
    long supplierId;
    Actor supplierUser = Actor.system("Supplier user");

    @BeforeEach
    void aCouncilYearWithKnownData() {
        council = fixtures.council("reportshire");
        supplierId = fixtures.supplier("Report Builders Ltd");
        long contract = contract("RPT-1", "2500000.00");
        // JOBS serves EMP and SKL; SKL is this commitment's primary outcome. 20% deadweight.
        long jobs = commit(contract, "JOBS", "4", "SKL", null, true, "20", null);
        // 12.5% attribution.
        long volunteering = commit(contract, "VOL", "1000", "COM", null, false, null, "12.5");
        long visits = commit(contract, "VISITS", "10", "SKL", null, false, null, null);
        long story = commit(contract, "STORY", null, "COM", "An open day each summer", false, null, null);
        // Awarded 2 April 2025, so the 2025/26 proxies are frozen: £25,000.00 per FTE, £16.93 an hour.
        contracts.awardContract(council.id(), contract, 1, supplierId, LocalDate.of(2025, 4, 2), council.officer());
        contracts.startDelivery(council.id(), contract, 2, council.officer());
        // An out-of-scope contract (under the £100,000 threshold) awarded in the year.
        long small = contract("RPT-2", "50000.00");
        contracts.awardContract(council.id(), small, 1, supplierId, LocalDate.of(2025, 5, 1), council.officer());

        verified(jobs, "Q4 2024/25", "1"); // the quarter of 31 March 2025: last year
        verified(jobs, "Q1 2025/26", "0.333"); // the quarter of 1 April 2025: this year
        verified(volunteering, "Q1 2025/26", "12.5");
        submitted(volunteering, "Q2 2025/26", "100");
        long queried = submitted(volunteering, "Q3 2025/26", "50");
        deliveries.queryReturn(council.id(), queried, 1, "Which groups?", council.manager());
        long rejected = submitted(jobs, "Q2 2025/26", "3");
        deliveries.rejectReturn(council.id(), rejected, 1, "Not on this contract", council.manager());
        verified(visits, "Q1 2025/26", "4");
        long narrative = deliveries.startReturn(
                supplierId, story, Quarter.parse("Q1 2025/26"), null, "Open day held in July", supplierUser);
        deliveries.submitReturn(supplierId, narrative, 0, true, true, supplierUser);
        deliveries.verifyReturn(council.id(), narrative, 1, null, council.manager());
        entityManager.flush();
    }

    @Test
    void theHeadlineCountsInScopeContractsAwardedInTheYearAndWhatTheyCommitted() {
        AnnualReport report = reports.build(council.id(), YEAR, TODAY);

        var headline = report.headline();
        assertThat(headline.contractsAwarded()).isEqualTo(1);
        assertThat(headline.awardedValue().amount()).isEqualByComparingTo("2500000.00");
        // 4 × 25,000 + 1,000 × 16.93 = 116,930.00; net 80,000.00 + 14,813.75 = 94,813.75.
        assertThat(headline.committedGross().amount()).isEqualByComparingTo("116930.00");
        assertThat(headline.committedNet().amount()).isEqualByComparingTo("94813.75");
        assertThat(headline.committedPercentOfValue()).isEqualByComparingTo("4.68");
        assertThat(report.council().targetPercent()).isEqualByComparingTo("10");
    }

    @Test
    void deliveredAndClaimedAreSeparateAndOnlyThisYearsQuartersCount() {
        AnnualReport report = reports.build(council.id(), YEAR, TODAY);

        // 0.333 × 25,000 = 8,325.00 and 12.5 × 16.93 = 211.63 (211.625); queried and rejected returns count nowhere.
        assertThat(report.headline().figures().delivered().amount()).isEqualByComparingTo("8536.63");
        // Net: 8,325 × 0.8 = 6,660.00 and 211.625 × 0.875 = 185.17.
        assertThat(report.headline().figures().deliveredNet().amount()).isEqualByComparingTo("6845.17");
        assertThat(report.headline().figures().claimed().amount()).isEqualByComparingTo("1693.00");
        assertThat(report.previousYear().delivered().amount()).isEqualByComparingTo("25000.00");
        assertThat(report.cumulativeDelivered().amount()).isEqualByComparingTo("33536.63");
        assertThat(report.firstYear()).isEqualTo(FinancialYear.parse("2024/25"));
    }

    @Test
    void themesAndOutcomesUseThePrimaryOutcomeOnlyAndAddUpToTheTotal() {
        AnnualReport report = reports.build(council.id(), YEAR, TODAY);

        assertThat(report.themes())
                .extracting(t -> t.code() + " " + t.delivered().amount().toPlainString() + " "
                        + t.claimed().amount().toPlainString())
                .containsExactly("ECO 8325.00 0.00", "SOC 211.63 1693.00");
        assertThat(report.themes().get(0).outcomes())
                .extracting(AnnualReport.OutcomeLine::code)
                .containsExactly("SKL");
        var sum = report.themes().stream()
                .map(AnnualReport.ThemeLine::delivered)
                .reduce(org.svtracker.domain.money.Money.ZERO, org.svtracker.domain.money.Money::plus);
        assertThat(sum).isEqualTo(report.headline().figures().delivered());
    }

    @Test
    void measuresShowQuantitiesInTheirUnitsSoCountedAndNarrativeMeasuresAppear() {
        AnnualReport report = reports.build(council.id(), YEAR, TODAY);

        assertThat(report.measures())
                .extracting(m -> m.code() + " "
                        + m.deliveredQuantity().stripTrailingZeros().toPlainString() + " "
                        + m.claimedQuantity().stripTrailingZeros().toPlainString() + " " + m.narrativeReturns() + " "
                        + m.delivered().amount().toPlainString())
                .containsExactly(
                        "JOBS 0.333 0 0 8325.00", "STORY 0 0 1 0.00", "VISITS 4 0 0 0.00", "VOL 12.5 100 0 211.63");
    }

    @Test
    void topContractsSupplierGroupsAndTheMethodAnnexTraceTheSameFigures() {
        AnnualReport report = reports.build(council.id(), YEAR, TODAY);

        assertThat(report.topContracts()).singleElement().satisfies(c -> {
            assertThat(c.reference()).isEqualTo("RPT-1");
            assertThat(c.supplier()).isEqualTo("Report Builders Ltd");
            assertThat(c.committed().amount()).isEqualByComparingTo("116930.00");
            assertThat(c.delivered().amount()).isEqualByComparingTo("8536.63");
            assertThat(c.claimed().amount()).isEqualByComparingTo("1693.00");
        });
        assertThat(report.supplierGroups())
                .extracting(g -> g.group() + " " + g.delivered().amount().toPlainString())
                .containsExactly(
                        "MICRO 0.00", "SMALL 8536.63", "MEDIUM 0.00", "LARGE 0.00", "VCSE 0.00", "LOCAL 8325.00");
        assertThat(report.proxies())
                .extracting(p -> p.measureCode() + " " + p.year() + " "
                        + p.valuePerUnit().amount().toPlainString())
                .containsExactly("JOBS 2025/26 25000.00", "VOL 2025/26 16.93");
        assertThat(report.proxies().get(0).licence()).isEqualTo("Test licence");
    }

    @Test
    void theRagSummaryReadsLiveCommitmentsAtTheEndOfAPastYear() {
        AnnualReport report = reports.build(council.id(), YEAR, TODAY);

        assertThat(report.asOf()).isEqualTo(YEAR.end());
        // On 31 March 2026, 454 of the 729 days have gone: every measured commitment is under 85% of its schedule.
        assertThat(report.rag())
                .filteredOn(r -> r.commitments() > 0)
                .extracting(r -> r.status() + " " + r.commitments() + " "
                        + r.committedValue().amount().toPlainString())
                .containsExactly("NOT_STARTED 1 0.00", "RED 3 116930.00");
        assertThat(report.rag()).extracting(AnnualReport.RagLine::status).containsExactly(RagStatus.values());
    }

    @Test
    void theReportCostsTheSameNumberOfQueriesWhateverTheNumberOfContracts() {
        long forOne = queries.countOf(() -> reports.build(council.id(), YEAR, TODAY));
        for (int i = 3; i < 13; i++) {
            long extra = contract("RPT-" + i, "200000.00");
            commit(extra, "JOBS", "1", "EMP", null, true, null, null);
            contracts.awardContract(council.id(), extra, 1, supplierId, LocalDate.of(2025, 6, 1), council.officer());
            contracts.startDelivery(council.id(), extra, 2, council.officer());
        }
        entityManager.flush();

        long forEleven = queries.countOf(() -> reports.build(council.id(), YEAR, TODAY));

        assertThat(forEleven).isEqualTo(forOne);
    }

    private long contract(String reference, String value) {
        long id = contracts.registerContract(
                council.id(),
                new ContractDetails(
                        reference,
                        "Contract " + reference,
                        ContractCategory.SERVICES,
                        new BigDecimal(value),
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        new BigDecimal("10"),
                        null,
                        null,
                        null,
                        null,
                        null),
                council.officer());
        contracts.startTender(council.id(), id, 0, council.officer());
        return id;
    }

    private long commit(
            long contract,
            String measure,
            String target,
            String outcome,
            String narrative,
            boolean local,
            String deadweight,
            String attribution) {
        return commitments.addCommitment(
                council.id(),
                contract,
                new CommitmentTerms(
                        council.measures().get(measure),
                        target == null ? null : new BigDecimal(target),
                        target == null ? null : LocalDate.of(2026, 12, 31),
                        null,
                        council.outcomes().get(outcome),
                        narrative,
                        local,
                        deadweight == null ? null : new BigDecimal(deadweight),
                        attribution == null ? null : new BigDecimal(attribution)),
                council.officer());
    }

    private long submitted(long commitmentId, String quarter, String quantity) {
        long id = deliveries.startReturn(
                supplierId, commitmentId, Quarter.parse(quarter), new BigDecimal(quantity), "Done", supplierUser);
        deliveries.submitReturn(supplierId, id, 0, true, true, supplierUser);
        return id;
    }

    private void verified(long commitmentId, String quarter, String quantity) {
        long id = submitted(commitmentId, quarter, quantity);
        deliveries.verifyReturn(council.id(), id, 1, null, council.manager());
    }
}
