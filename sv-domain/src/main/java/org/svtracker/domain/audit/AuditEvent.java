package org.svtracker.domain.audit;

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
        String changes) {}
