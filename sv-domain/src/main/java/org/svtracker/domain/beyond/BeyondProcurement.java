package org.svtracker.domain.beyond;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;

/** Beyond-procurement activities: recorded by council staff, reported apart from contracts. */
@Service
public class BeyondProcurement {

    private final ActivityRepository activities;
    private final AuditTrail audit;

    BeyondProcurement(ActivityRepository activities, AuditTrail audit) {
        this.activities = activities;
        this.audit = audit;
    }

    @Transactional
    public long recordActivity(long councilId, NewActivity activity, Actor actor) {
        BeyondProcurementActivity saved = activities.save(new BeyondProcurementActivity(councilId, activity));
        audit.record(
                actor,
                councilId,
                "BeyondProcurementActivity",
                saved.id(),
                "CREATED",
                Map.of("kind", activity.kind(), "title", activity.title(), "outcomeId", activity.outcomeId()));
        return saved.id();
    }

    @Transactional(readOnly = true)
    public List<BeyondProcurementActivity> activitiesBetween(long councilId, LocalDate from, LocalDate to) {
        return activities.findByCouncilIdAndActivityDateBetweenOrderByActivityDate(councilId, from, to);
    }
}
