package org.svtracker.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.DomainFixtures.TestCouncil;
import org.svtracker.domain.testing.QueryCounter;
import org.svtracker.domain.testing.TestDatabaseConfiguration;
import org.svtracker.reporting.ReportingTestApplication;

/**
 * The report of a council-year with known data ({@link KnownCouncilYear}): proxies with pence,
 * returns either side of 31 March, verified, claimed, queried and rejected returns, a measure serving
 * two outcomes, counted and narrative measures, deadweight and attribution. Every figure of the
 * report is worked out by hand below.
 */
@SpringBootTest(classes = ReportingTestApplication.class)
@Import({TestDatabaseConfiguration.class, DomainFixtures.class, QueryCounter.class, KnownCouncilYear.class})
@Transactional
class AnnualReportsTests {

    private static final FinancialYear YEAR = KnownCouncilYear.YEAR;
    private static final LocalDate TODAY = KnownCouncilYear.TODAY;

    @Autowired
    KnownCouncilYear knownCouncilYear;

    @Autowired
    AnnualReports reports;

    @Autowired
    QueryCounter queries;

    @Autowired
    DomainFixtures fixtures;

    @Autowired
    EntityManager entityManager;

    KnownCouncilYear.Known known;
    TestCouncil council;

    @BeforeEach
    void aCouncilYearWithKnownData() {
        known = knownCouncilYear.create();
        council = known.council();
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
    void aCouncilWithNothingVerifiedYetGetsAReportOfZerosWithNoFirstYear() {
        TestCouncil newcomer = fixtures.council("newcomershire");

        AnnualReport report = reports.build(newcomer.id(), YEAR, TODAY);

        assertThat(report.firstYear()).isNull();
        assertThat(report.cumulativeDelivered().toString()).isEqualTo("£0.00");
    }

    @Test
    void theReportCostsTheSameNumberOfQueriesWhateverTheNumberOfContracts() {
        long forOne = queries.countOf(() -> reports.build(council.id(), YEAR, TODAY));
        for (int i = 3; i < 13; i++) {
            fixtures.liveContract(
                    council,
                    known.supplierId(),
                    LocalDate.of(2025, 6, 1),
                    KnownCouncilYear.contract("RPT-" + i, "200000.00"),
                    KnownCouncilYear.commitment(council, "JOBS", "EMP")
                            .target("1")
                            .local());
        }
        entityManager.flush();

        long forEleven = queries.countOf(() -> reports.build(council.id(), YEAR, TODAY));

        assertThat(forEleven).isEqualTo(forOne);
    }
}
