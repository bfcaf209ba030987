package org.svtracker.domain.returns;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Council staff read returns by council; supplier users by supplier. Never by id alone. */
interface DeliveryReturnRepository extends Repository<DeliveryReturn, Long> {

    DeliveryReturn save(DeliveryReturn deliveryReturn);

    String REPORTABLE = """
            select new org.svtracker.domain.returns.ReportableCommitment(
                c.id, c.councilId, k.supplierId, k.id, k.startDate, k.endDate, m.kind, m.name)
            from Commitment c, Contract k, Measure m
            where k.id = c.contractId and k.councilId = c.councilId and m.id = c.measureId
              and c.id = :commitmentId
            """;

    String LIVE = " and k.status = org.svtracker.domain.contract.ContractStatus.LIVE";

    /** A commitment of one of the supplier's live contracts: what a supplier may report on. */
    @Query(REPORTABLE + LIVE + " and k.supplierId = :supplierId")
    Optional<ReportableCommitment> findReportableBySupplier(long commitmentId, long supplierId);

    /** A commitment of one of the council's live contracts. */
    @Query(REPORTABLE + LIVE + " and c.councilId = :councilId")
    Optional<ReportableCommitment> findReportableByCouncil(long commitmentId, long councilId);

    /** The commitment a council's return is about, whatever its contract's state now. */
    @Query(REPORTABLE + " and c.councilId = :councilId")
    ReportableCommitment findCommitmentOfCouncil(long commitmentId, long councilId);

    /** Whether a quarter of a commitment holds a return other than a rejected one. */
    @Query("""
            select count(r) > 0 from DeliveryReturn r
            where r.councilId = :councilId and r.commitmentId = :commitmentId and r.periodStart = :periodStart
              and r.status <> org.svtracker.domain.returns.ReturnStatus.REJECTED
            """)
    boolean existsUnrejected(long councilId, long commitmentId, java.time.LocalDate periodStart);

    Optional<DeliveryReturn> findByIdAndCouncilId(long id, long councilId);

    Optional<DeliveryReturn> findByIdAndSupplierId(long id, long supplierId);

    List<DeliveryReturn> findByCouncilIdAndCommitmentIdOrderByPeriodStart(long councilId, long commitmentId);

    /** The review queue: submitted returns, oldest first. */
    @Query("""
            select r from DeliveryReturn r
            where r.councilId = :councilId and r.status = org.svtracker.domain.returns.ReturnStatus.SUBMITTED
            order by r.submittedAt, r.id
            """)
    List<DeliveryReturn> findReviewQueue(long councilId);
}
