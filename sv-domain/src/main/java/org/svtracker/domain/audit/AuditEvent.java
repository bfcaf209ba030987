package org.svtracker.domain.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** One line of the audit trail: who did what to which record, and what changed. */
public record AuditEvent(
        long id,
        OffsetDateTime occurredAt,
        Long actorId,
        String actorName,
        Long councilId,
        String entityType,
        long entityId,
        String action,
        String changes) {

    /** The columns {@link #read} expects first, in its order, from {@code audit_event a}. */
    public static final String COLUMNS = "a.id, a.occurred_at, a.actor_id, a.actor_name, a.council_id, a.entity_type,"
            + " a.entity_id, a.action, a.changes::text";

    /** Reads the first columns of a row selected with {@link #COLUMNS}; any after them are the caller's. */
    public static AuditEvent read(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(
                rs.getLong(1),
                rs.getObject(2, OffsetDateTime.class),
                (Long) rs.getObject(3),
                rs.getString(4),
                (Long) rs.getObject(5),
                rs.getString(6),
                rs.getLong(7),
                rs.getString(8),
                rs.getString(9));
    }
}
