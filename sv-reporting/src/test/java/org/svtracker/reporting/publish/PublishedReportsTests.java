package org.svtracker.reporting.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.money.Money;
import org.svtracker.domain.returns.Declarations;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.DomainFixtures.LiveContract;
import org.svtracker.domain.testing.DomainFixtures.TestCouncil;
import org.svtracker.domain.testing.TestDatabaseConfiguration;
import org.svtracker.reporting.ReportingTestApplication;
import org.svtracker.reporting.drilldown.DrillDown;
import org.svtracker.reporting.drilldown.ReportDrillDown;
import org.svtracker.reporting.drilldown.ReturnLine;
import org.svtracker.reporting.report.AnnualReports;

@SpringBootTest(classes = ReportingTestApplication.class)
@Import({TestDatabaseConfiguration.class, DomainFixtures.class})
@Transactional
class PublishedReportsTests {

    private static final FinancialYear YEAR = FinancialYear.parse("2025/26");

    @Autowired
    DomainFixtures fixtures;

    @Autowired
    Returns deliveries;

    @Autowired
    AnnualReports reports;

    @Autowired
    PublishedReports published;

    @Autowired
    ReportDrillDown drillDown;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    TestCouncil council;
    long supplierId;
    long jobs;
    long volunteering;
    Actor admin = Actor.system("Council admin");

    @BeforeEach
    void aLiveContract() {
        council = fixtures.council("publishshire");
        supplierId = fixtures.supplier("Publish Partners Ltd");
        LiveContract live = fixtures.liveContract(
                council,
                supplierId,
                LocalDate.of(2025, 4, 1),
                aContract("PUB-1")
                        .titled("Parks")
                        .worth("900000.00")
                        .running(LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31)),
                council.commitment("JOBS", "EMP")
                        .target("2")
                        .due(LocalDate.of(2027, 3, 31))
                        .local(),
                council.commitment("VOL", "COM").target("500").due(LocalDate.of(2027, 3, 31)));
        jobs = live.commitment(0);
        volunteering = live.commitment(1);
        verified(jobs, "Q1 2025/26", "0.5");
    }

    @Test
    void aPublishedReportNeverChangesWhileTheLiveOneGoesOn() {
        int first = published.publish(council.id(), YEAR, admin);
        verified(volunteering, "Q2 2025/26", "10");

        assertThat(first).isEqualTo(1);
        assertThat(reports.build(council.id(), YEAR, LocalDate.of(2026, 11, 22))
                        .headline()
                        .figures()
                        .delivered()
                        .amount())
                .isEqualByComparingTo("12669.30");
        var frozen = published.latest(council.id(), YEAR).orElseThrow();
        assertThat(frozen.report().headline().figures().delivered().amount()).isEqualByComparingTo("12500.00");
        assertThat(frozen.publishedBy()).isEqualTo("Council admin");
        assertThat(frozen.report())
                .isEqualTo(
                        published.version(council.id(), YEAR, 1).orElseThrow().report());
    }

    @Test
    void publishingAgainAddsAVersionAndKeepsTheEarlierOnes() {
        published.publish(council.id(), YEAR, admin);
        verified(volunteering, "Q2 2025/26", "10");
        int second = published.publish(council.id(), YEAR, admin);

        assertThat(second).isEqualTo(2);
        assertThat(published.versions(council.id(), YEAR))
                .extracting(PublishedVersion::versionNumber)
                .containsExactly(2, 1);
        assertThat(published
                        .latest(council.id(), YEAR)
                        .orElseThrow()
                        .report()
                        .headline()
                        .figures()
                        .delivered()
                        .amount())
                .isEqualByComparingTo("12669.30");
        assertThat(published
                        .version(council.id(), YEAR, 1)
                        .orElseThrow()
                        .report()
                        .headline()
                        .figures()
                        .delivered()
                        .amount())
                .isEqualByComparingTo("12500.00");
        assertThat(published.latest(fixtures.council("otherpublishshire").id(), YEAR))
                .isEmpty();
    }

    @Test
    void publishingTwiceWithNothingChangedMakesOneVersion() {
        int first = published.publish(council.id(), YEAR, admin);
        int again = published.publish(council.id(), YEAR, admin);

        assertThat(again).isEqualTo(first);
        assertThat(published.versions(council.id(), YEAR)).hasSize(1);
    }

    @Test
    void aPublishedReportCannotBeAlteredInTheDatabase() {
        published.publish(council.id(), YEAR, admin);

        assertThatThrownBy(() -> jdbc.sql("update published_report set report = '{}'::jsonb")
                        .update())
                .hasMessageContaining("cannot be changed or deleted");
    }

    @Test
    void theReturnsBehindAFigureAddUpToIt() {
        verified(volunteering, "Q2 2025/26", "10");
        verified(volunteering, "Q3 2025/26", "0.333");

        var report = reports.build(council.id(), YEAR, LocalDate.of(2026, 11, 22));
        var social = report.themes().stream()
                .filter(t -> t.code().equals("SOC"))
                .findFirst()
                .orElseThrow();
        var lines = drillDown.returnsBehind(
                council.id(), YEAR, new DrillDown(DrillDown.Figure.DELIVERED, social.id(), null, null, null, null));

        assertThat(lines)
                .extracting(ReturnLine::quarter)
                .containsExactly(Quarter.parse("Q2 2025/26"), Quarter.parse("Q3 2025/26"));
        assertThat(lines.stream().map(ReturnLine::value).reduce(Money.ZERO, Money::plus))
                .isEqualTo(social.delivered());
        var everything = drillDown.returnsBehind(
                council.id(), YEAR, new DrillDown(DrillDown.Figure.DELIVERED, null, null, null, null, null));
        assertThat(everything.stream().map(ReturnLine::value).reduce(Money.ZERO, Money::plus))
                .isEqualTo(report.headline().figures().delivered());
        assertThat(drillDown.returnsBehind(
                        council.id(), YEAR, new DrillDown(DrillDown.Figure.DELIVERED, null, null, null, null, "LOCAL")))
                .extracting(ReturnLine::measure)
                .containsOnly("Local jobs");
    }

    private void verified(long commitmentId, String quarter, String quantity) {
        Actor supplier = Actor.system("Supplier user");
        long id = deliveries.startReturn(
                supplierId, commitmentId, Quarter.parse(quarter), new BigDecimal(quantity), "Done", supplier);
        deliveries.submitReturn(supplierId, id, 0, Declarations.BOTH, supplier);
        deliveries.verifyReturn(council.id(), id, 1, null, council.manager());
        entityManager.flush();
    }
}
