package org.svtracker.reporting.report;

import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.beyond.ActivityKind;
import org.svtracker.domain.beyond.BeyondProcurement;
import org.svtracker.domain.beyond.NewActivity;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.casestudy.CaseStudies;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.remedy.Remedies;
import org.svtracker.domain.returns.Declarations;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.testing.CommitmentTermsBuilder;
import org.svtracker.domain.testing.ContractDetailsBuilder;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.DomainFixtures.LiveContract;
import org.svtracker.domain.testing.DomainFixtures.TestCouncil;

/**
 * A council-year with known data, shared by the report's tests and its renderers' tests: proxies
 * with pence, returns either side of 31 March, verified, claimed, queried and rejected returns, a
 * measure serving two outcomes, counted and narrative measures, deadweight and attribution; and an
 * open remedy, a published case study and a beyond-procurement activity whose words need escaping
 * in every file format. Every figure is worked out by hand in {@link AnnualReportsTests}.
 *
 * <p>Import it with {@code @Import} next to {@link DomainFixtures}; call {@link #create()} inside
 * the test's transaction.
 */
public class KnownCouncilYear {

    public static final FinancialYear YEAR = FinancialYear.parse("2025/26");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    public static final String SUPPLIER = "Report Builders Ltd";
    public static final String REMEDY_ACTION = "+2 apprentices by June, then review";
    public static final String CASE_STUDY_TITLE = "Open day, \"Summer fair\" 2025";
    public static final String CASE_STUDY_BODY = "Forty families came.\nTwo signed up for courses.";
    public static final String ACTIVITY_TITLE = "Community grants <round 1> & more";
    private static final LocalDate CONTRACTS_END = LocalDate.of(2026, 12, 31);

    private final DomainFixtures fixtures;
    private final Contracts contracts;
    private final Returns deliveries;
    private final Remedies remedies;
    private final CaseStudies caseStudies;
    private final BeyondProcurement beyondProcurement;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final Actor supplierUser = Actor.system("Supplier user");

    KnownCouncilYear(
            DomainFixtures fixtures,
            Contracts contracts,
            Returns deliveries,
            Remedies remedies,
            CaseStudies caseStudies,
            BeyondProcurement beyondProcurement,
            JdbcClient jdbc,
            EntityManager entityManager) {
        this.fixtures = fixtures;
        this.contracts = contracts;
        this.deliveries = deliveries;
        this.remedies = remedies;
        this.caseStudies = caseStudies;
        this.beyondProcurement = beyondProcurement;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** The council "reportshire" and its supplier, with the data above. */
    public record Known(TestCouncil council, long supplierId) {}

    public Known create() {
        TestCouncil council = fixtures.council("reportshire");
        long supplierId = fixtures.supplier(SUPPLIER);
        Known known = new Known(council, supplierId);
        // Awarded 2 April 2025, so the 2025/26 proxies are frozen: £25,000.00 per FTE, £16.93 an hour.
        LiveContract live = fixtures.liveContract(
                council,
                supplierId,
                LocalDate.of(2025, 4, 2),
                contract("RPT-1", "2500000.00"),
                // JOBS serves EMP and SKL; SKL is this commitment's primary outcome. 20% deadweight.
                commitment(council, "JOBS", "SKL").target("4").local().deadweight("20"),
                // 12.5% attribution.
                commitment(council, "VOL", "COM").target("1000").attribution("12.5"),
                commitment(council, "VISITS", "SKL").target("10"),
                council.commitment("STORY", "COM").noTarget().narrative("An open day each summer"));
        long contract = live.id();
        long jobs = live.commitment(0);
        long volunteering = live.commitment(1);
        long visits = live.commitment(2);
        long story = live.commitment(3);
        // An out-of-scope contract (under the £100,000 threshold) awarded in the year.
        long small = fixtures.contractInTender(council, contract("RPT-2", "50000.00"));
        contracts.awardContract(council.id(), small, 1, supplierId, LocalDate.of(2025, 5, 1), council.officer());

        verified(known, jobs, "Q4 2024/25", "1"); // the quarter of 31 March 2025: last year
        verified(known, jobs, "Q1 2025/26", "0.333"); // the quarter of 1 April 2025: this year
        verified(known, volunteering, "Q1 2025/26", "12.5");
        submitted(known, volunteering, "Q2 2025/26", "100");
        long queried = submitted(known, volunteering, "Q3 2025/26", "50");
        deliveries.queryReturn(council.id(), queried, 1, "Which groups?", council.manager());
        long rejected = submitted(known, jobs, "Q2 2025/26", "3");
        deliveries.rejectReturn(council.id(), rejected, 1, "Not on this contract", council.manager());
        verified(known, visits, "Q1 2025/26", "4");
        long narrative = deliveries.startReturn(
                supplierId, story, Quarter.parse("Q1 2025/26"), null, "Open day held in July", supplierUser);
        deliveries.submitReturn(supplierId, narrative, 0, Declarations.BOTH, supplierUser);
        deliveries.verifyReturn(council.id(), narrative, 1, null, council.manager());

        // Words with a leading +, a comma, quotes, a line break, < and &: each format must keep them as words.
        remedies.openRemedy(
                council.id(), jobs, REMEDY_ACTION, "Contract manager", LocalDate.of(2026, 6, 30), council.manager());
        long caseStudy = caseStudies.writeCaseStudy(
                council.id(),
                contract,
                council.outcomes().get("COM"),
                CASE_STUDY_TITLE,
                CASE_STUDY_BODY,
                council.manager());
        caseStudies.publish(council.id(), caseStudy, 0, council.manager());
        // Published in the year being reported, whatever the clock says today.
        entityManager.flush();
        jdbc.sql("update case_study set published_at = ? where id = ?")
                .params(OffsetDateTime.of(2026, 3, 15, 12, 0, 0, 0, ZoneOffset.UTC), caseStudy)
                .update();
        beyondProcurement.recordActivity(
                council.id(),
                new NewActivity(
                        ActivityKind.GRANT,
                        ACTIVITY_TITLE,
                        "Grants to twelve groups",
                        council.outcomes().get("COM"),
                        LocalDate.of(2025, 9, 15),
                        new BigDecimal("12"),
                        MeasureUnit.NUMBER),
                council.manager());
        entityManager.flush();
        return known;
    }

    /** A contract of the council's, running from January 2025 to December 2026. */
    public static ContractDetailsBuilder contract(String reference, String value) {
        return aContract(reference).worth(value).running(LocalDate.of(2025, 1, 1), CONTRACTS_END);
    }

    /** A commitment due when the contracts end; the test gives its target. */
    public static CommitmentTermsBuilder commitment(TestCouncil council, String measure, String outcome) {
        return council.commitment(measure, outcome).due(CONTRACTS_END);
    }

    private long submitted(Known known, long commitmentId, String quarter, String quantity) {
        long id = deliveries.startReturn(
                known.supplierId(),
                commitmentId,
                Quarter.parse(quarter),
                new BigDecimal(quantity),
                "Done",
                supplierUser);
        deliveries.submitReturn(known.supplierId(), id, 0, Declarations.BOTH, supplierUser);
        return id;
    }

    private void verified(Known known, long commitmentId, String quarter, String quantity) {
        long id = submitted(known, commitmentId, quarter, quantity);
        deliveries.verifyReturn(
                known.council().id(), id, 1, null, known.council().manager());
    }
}
