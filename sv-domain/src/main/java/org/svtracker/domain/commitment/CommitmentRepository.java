package org.svtracker.domain.commitment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Every query names the council. */
public interface CommitmentRepository extends Repository<Commitment, Long> {

    Commitment save(Commitment commitment);

    void delete(Commitment commitment);

    Optional<Commitment> findByIdAndCouncilId(long id, long councilId);

    List<Commitment> findByCouncilIdAndContractIdOrderById(long councilId, long contractId);

    /** A commitment on one of the supplier's live contracts: what a supplier may report on. */
    @Query("""
            select c from Commitment c, Contract k
            where k.id = c.contractId and k.councilId = c.councilId
              and c.id = :commitmentId and k.supplierId = :supplierId
              and k.status = org.svtracker.domain.contract.ContractStatus.LIVE
            """)
    Optional<Commitment> findReportableBySupplier(long commitmentId, long supplierId);

    /** The supplier of a council's live contract that carries the commitment. */
    @Query("""
            select k.supplierId from Commitment c, Contract k
            where k.id = c.contractId and k.councilId = c.councilId
              and c.id = :commitmentId and c.councilId = :councilId
              and k.status = org.svtracker.domain.contract.ContractStatus.LIVE
            """)
    Optional<Long> findSupplierOfLiveCommitment(long commitmentId, long councilId);
}
