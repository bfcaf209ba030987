package org.svtracker.domain.remedy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface RemedyRepository extends Repository<Remedy, Long> {

    Remedy save(Remedy remedy);

    Optional<Remedy> findByIdAndCouncilId(long id, long councilId);

    List<Remedy> findByCouncilIdAndCommitmentIdOrderByOpenedAt(long councilId, long commitmentId);

    List<Remedy> findByCouncilIdAndStatusOrderByDueDate(long councilId, Remedy.Status status);
}
