package org.svtracker.domain.beyond;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface ActivityRepository extends Repository<BeyondProcurementActivity, Long> {

    BeyondProcurementActivity save(BeyondProcurementActivity activity);

    Optional<BeyondProcurementActivity> findByIdAndCouncilId(long id, long councilId);

    List<BeyondProcurementActivity> findByCouncilIdAndActivityDateBetweenOrderByActivityDate(
            long councilId, LocalDate from, LocalDate to);
}
