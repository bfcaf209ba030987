package org.svtracker.domain.framework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface OutcomeRepository extends Repository<Outcome, Long> {

    Outcome save(Outcome outcome);

    Optional<Outcome> findByIdAndCouncilId(long id, long councilId);

    List<Outcome> findByCouncilIdAndIdIn(long councilId, Collection<Long> ids);
}
