package org.svtracker.domain.commitment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Every query names the council. */
public interface CommitmentRepository extends Repository<Commitment, Long> {

    Commitment save(Commitment commitment);

    void delete(Commitment commitment);

    Optional<Commitment> findByIdAndCouncilId(long id, long councilId);

    List<Commitment> findByCouncilIdAndContractIdOrderById(long councilId, long contractId);
}
