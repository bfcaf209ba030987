package org.svtracker.web.delivery;

import static org.svtracker.domain.testing.CommitmentTermsBuilder.aCommitment;
import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.measure.MeasureLibrary;
import org.svtracker.domain.measure.MeasureView;
import org.svtracker.domain.returns.Declarations;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.supplier.NewSupplier;
import org.svtracker.domain.supplier.SupplierSize;
import org.svtracker.domain.supplier.Suppliers;
import org.svtracker.domain.testing.CommitmentTermsBuilder;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.DomainFixtures.LiveContract;

/**
 * A live contract of its own for each test, in a demo council and managed by its demo contract
 * manager, so that what one test verifies or records changes no record another test reads: a
 * valued, a counted and a narrative commitment, one verified return and two waiting for review.
 * No council or staff user is created (other tests list those), only a supplier of its own.
 */
class ManagerFixtures {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private final JdbcClient jdbc;
    private final MeasureLibrary library;
    private final Suppliers suppliers;
    private final DomainFixtures fixtures;
    private final Returns deliveries;
    private final long supplierId;

    ManagerFixtures(
            JdbcClient jdbc, MeasureLibrary library, Suppliers suppliers, DomainFixtures fixtures, Returns deliveries) {
        this.jdbc = jdbc;
        this.library = library;
        this.suppliers = suppliers;
        this.fixtures = fixtures;
        this.deliveries = deliveries;
        this.supplierId = suppliers.registerSupplier(
                new NewSupplier(
                        null,
                        "Contract manager tests supplier " + System.nanoTime(),
                        null,
                        SupplierSize.SMALL,
                        false,
                        "CV34 4RL"),
                Actor.system("contract manager tests"));
    }

    /** What a test works with: the council's demo usernames, and the ids of the contract and its records. */
    record Setup(
            long councilId,
            String slug,
            String reference,
            long contractId,
            long jobsCommitmentId,
            long storyCommitmentId,
            long visitsCommitmentId,
            long submittedQ1,
            long submittedQ2,
            long verifiedQ4,
            long supplierId) {

        String user(String prefix) {
            return prefix + "." + slug;
        }
    }

    Setup contractIn(String slug) {
        long councilId = id("select id from council where slug = ?", slug);
        long officer = id("select id from user_account where username = ?", "procurement." + slug);
        long manager = id("select id from user_account where username = ?", "contracts." + slug);
        Map<String, MeasureView> measures =
                library.library(councilId).stream().collect(Collectors.toMap(MeasureView::code, Function.identity()));
        Actor officerActor = Actor.user(officer, "Procurement officer");
        Actor managerActor = Actor.user(manager, "Contract manager");
        Actor supplierActor = Actor.system("Sam Supplier");
        LocalDate start = LocalDate.of(2025, 4, 1);
        LocalDate end = LocalDate.of(2027, 3, 31);
        String reference = "CMT-" + System.nanoTime() % 1_000_000 + "-" + COUNT.incrementAndGet();
        LiveContract live = fixtures.liveContract(
                councilId,
                officerActor,
                supplierId,
                start,
                aContract(reference)
                        .titled("Grounds maintenance (contract manager tests)")
                        .worth("400000.00")
                        .running(start, end)
                        .procurementOfficer(officer)
                        .contractManager(manager)
                        .localArea("The county"),
                commitment(measures.get("LOC-JOBS")).target("8").due(end),
                commitment(measures.get("SCHOOL-VISITS")).target("20").due(end),
                commitment(measures.get("INNOVATION")).noTarget().narrative("A new way of working"));
        long contractId = live.id();
        long jobs = live.commitment(0);
        long visits = live.commitment(1);
        long story = live.commitment(2);

        long verifiedQ4 = submitted(jobs, Quarter.parse("Q4 2025/26"), "1.5", supplierActor);
        deliveries.verifyReturn(councilId, verifiedQ4, 1, null, managerActor);
        long q1 = submitted(jobs, Quarter.parse("Q1 2026/27"), "1", supplierActor);
        long q2 = submitted(jobs, Quarter.parse("Q2 2026/27"), "1.25", supplierActor);
        // Oldest first in the queue: give the two returns the dates they would have had.
        jdbc.sql("update delivery_return set submitted_at = period_end + interval '12 days' where id in (?, ?)")
                .params(q1, q2)
                .update();
        return new Setup(councilId, slug, reference, contractId, jobs, story, visits, q1, q2, verifiedQ4, supplierId);
    }

    /** A local commitment to the measure, serving the first outcome it serves. */
    private static CommitmentTermsBuilder commitment(MeasureView measure) {
        return aCommitment(measure.id(), measure.outcomeIds().get(0)).local();
    }

    private long submitted(long commitmentId, Quarter quarter, String quantity, Actor actor) {
        long id = deliveries.startReturn(
                supplierId, commitmentId, quarter, new BigDecimal(quantity), "Two local people hired", actor);
        deliveries.submitReturn(supplierId, id, 0, Declarations.BOTH, actor);
        return id;
    }

    private long id(String sql, String value) {
        return jdbc.sql(sql).param(value).query(Long.class).single();
    }
}
