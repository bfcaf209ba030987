package org.svtracker.domain.returns;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Council staff read returns by council; supplier users by supplier. Never by id alone. */
interface DeliveryReturnRepository extends Repository<DeliveryReturn, Long> {

    DeliveryReturn save(DeliveryReturn deliveryReturn);

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
