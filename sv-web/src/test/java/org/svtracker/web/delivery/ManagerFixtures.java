package org.svtracker.web.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.CommitmentTerms;
import org.svtracker.domain.commitment.Commitments;
import org.svtracker.domain.contract.ContractCategory;
import org.svtracker.domain.contract.ContractDetails;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.measure.MeasureLibrary;
import org.svtracker.domain.measure.MeasureView;
import org.svtracker.domain.returns.Declarations;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.supplier.NewSupplier;
import org.svtracker.domain.supplier.SupplierSize;
import org.svtracker.domain.supplier.Suppliers;

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
    private final Contracts contracts;
    private final Commitments commitments;
    private final Returns deliveries;
    private final long supplierId;

    ManagerFixtures(
            JdbcClient jdbc,
            MeasureLibrary library,
            Suppliers suppliers,
            Contracts contracts,
            Commitments commitments,
            Returns deliveries) {
        this.jdbc = jdbc;
        this.library = library;
        this.suppliers = suppliers;
        this.contracts = contracts;
        this.commitments = commitments;
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
        long contractId = contracts.registerContract(
                councilId,
                new ContractDetails(
                        reference,
                        "Grounds maintenance (contract manager tests)",
                        ContractCategory.SERVICES,
                        new BigDecimal("400000.00"),
                        start,
                        end,
                        new BigDecimal("10"),
                        null,
                        officer,
                        manager,
                        null,
                        "The county"),
                officerActor);
        contracts.startTender(councilId, contractId, 0, officerActor);
        long jobs =
                commit(councilId, contractId, measures.get("LOC-JOBS"), new BigDecimal("8"), end, null, officerActor);
        long visits = commit(
                councilId, contractId, measures.get("SCHOOL-VISITS"), new BigDecimal("20"), end, null, officerActor);
        long story = commit(
                councilId, contractId, measures.get("INNOVATION"), null, null, "A new way of working", officerActor);
        contracts.awardContract(councilId, contractId, 1, supplierId, start, officerActor);
        contracts.startDelivery(councilId, contractId, 2, officerActor);

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

    private long commit(
            long councilId,
            long contractId,
            MeasureView measure,
            BigDecimal target,
            LocalDate due,
            String narrative,
            Actor actor) {
        return commitments.addCommitment(
                councilId,
                contractId,
                new CommitmentTerms(
                        measure.id(), target, due, null, measure.outcomeIds().get(0), narrative, true, null, null),
                actor);
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
