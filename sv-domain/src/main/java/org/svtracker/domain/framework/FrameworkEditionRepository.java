package org.svtracker.domain.framework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Every query names the council: one council's framework is never read from another's. */
interface FrameworkEditionRepository extends Repository<FrameworkEdition, Long> {

    FrameworkEdition save(FrameworkEdition edition);

    Optional<FrameworkEdition> findByIdAndCouncilId(long id, long councilId);

    @Query("""
            select e from FrameworkEdition e
            where e.councilId = :councilId and e.effectiveFrom <= :day
            order by e.effectiveFrom desc
            limit 1
            """)
    Optional<FrameworkEdition> findInForce(long councilId, LocalDate day);

    List<FrameworkEdition> findByCouncilIdOrderByEffectiveFrom(long councilId);
}
