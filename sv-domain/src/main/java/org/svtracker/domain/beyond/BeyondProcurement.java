package org.svtracker.domain.beyond;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;
import org.svtracker.domain.council.CouncilViews;
import org.svtracker.domain.measure.MeasureUnit;

/** Beyond-procurement activities: recorded by council staff, reported apart from contracts. */
@Service
public class BeyondProcurement {

    private final ActivityRepository activities;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final CouncilViews<ActivityView> views;

    BeyondProcurement(ActivityRepository activities, AuditTrail audit, JdbcClient jdbc) {
        this.activities = activities;
        this.audit = audit;
        this.jdbc = jdbc;
        this.views = new CouncilViews<>(jdbc, VIEW_SELECT, "a", BeyondProcurement::view);
    }

    @Transactional
    public long recordActivity(long councilId, NewActivity activity, Actor actor) {
        requireOwnOutcome(councilId, activity.outcomeId());
        BeyondProcurementActivity saved = activities.save(new BeyondProcurementActivity(councilId, activity));
        audit.record(
                actor,
                councilId,
                AuditedEntity.BEYOND_PROCUREMENT_ACTIVITY,
                saved.id(),
                "CREATED",
                Map.of("kind", activity.kind(), "title", activity.title(), "outcomeId", activity.outcomeId()));
        return saved.id();
    }

    @Transactional
    public void reviseActivity(
            long councilId, long activityId, long expectedVersion, NewActivity activity, Actor actor) {
        requireOwnOutcome(councilId, activity.outcomeId());
        BeyondProcurementActivity found = activities
                .findByIdAndCouncilId(activityId, councilId)
                .orElseThrow(() -> ActivityNotFound.forId(activityId));
        if (found.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(BeyondProcurementActivity.class, activityId);
        }
        Map<String, Object> before = snapshot(found);
        found.revise(activity);
        audit.recordUpdate(
                actor, councilId, AuditedEntity.BEYOND_PROCUREMENT_ACTIVITY, activityId, before, snapshot(found));
    }

    /** Every activity of the council, newest first, with its outcome, in one query. */
    @Transactional(readOnly = true)
    public List<ActivityView> activitiesOf(long councilId) {
        return views.list(councilId, "a.activity_date desc, a.id desc");
    }

    @Transactional(readOnly = true)
    public ActivityView activity(long councilId, long activityId) {
        return views.find(councilId, activityId).orElseThrow(() -> ActivityNotFound.forId(activityId));
    }

    private static final String VIEW_SELECT = """
            select a.id, a.kind, a.title, a.description, a.outcome_id, o.name, a.activity_date, a.quantity, a.unit,
                   a.version
            from beyond_procurement_activity a
            join outcome o on o.id = a.outcome_id and o.council_id = a.council_id
            """;

    private static ActivityView view(ResultSet rs, int row) throws SQLException {
        String unit = rs.getString(9);
        BigDecimal quantity = rs.getBigDecimal(8);
        return new ActivityView(
                rs.getLong(1),
                ActivityKind.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getDate(7).toLocalDate(),
                quantity == null ? null : quantity.stripTrailingZeros(),
                unit == null ? null : MeasureUnit.valueOf(unit),
                rs.getLong(10));
    }

    /** An outcome of another council is refused before the database would refuse it. */
    private void requireOwnOutcome(long councilId, long outcomeId) {
        long found = jdbc.sql("select count(*) from outcome where id = ? and council_id = ?")
                .params(outcomeId, councilId)
                .query(Long.class)
                .single();
        if (found == 0) {
            throw new IllegalArgumentException("No outcome " + outcomeId + " in this council");
        }
    }

    private static Map<String, Object> snapshot(BeyondProcurementActivity a) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", a.kind());
        values.put("title", a.title());
        values.put("description", a.description());
        values.put("outcomeId", a.outcomeId());
        values.put("activityDate", a.activityDate());
        values.put("quantity", a.quantity());
        values.put("unit", a.unit());
        return values;
    }

    @Transactional(readOnly = true)
    public List<BeyondProcurementActivity> activitiesBetween(long councilId, LocalDate from, LocalDate to) {
        return activities.findByCouncilIdAndActivityDateBetweenOrderByActivityDate(councilId, from, to);
    }
}
