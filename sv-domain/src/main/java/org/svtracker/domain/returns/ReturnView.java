package org.svtracker.domain.returns;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.svtracker.domain.calendar.Quarter;

/** A return as the pages show it. */
public record ReturnView(
        long id,
        long councilId,
        long commitmentId,
        long supplierId,
        Quarter period,
        BigDecimal quantity,
        String narrative,
        ReturnStatus status,
        boolean recordedOnBehalf,
        OffsetDateTime submittedAt,
        OffsetDateTime decidedAt,
        String decisionReason,
        long version) {

    static ReturnView of(DeliveryReturn r) {
        return new ReturnView(
                r.id(),
                r.councilId(),
                r.commitmentId(),
                r.supplierId(),
                r.period(),
                r.quantity(),
                r.narrative(),
                r.status(),
                r.recordedOnBehalf(),
                r.submittedAt(),
                r.decidedAt(),
                r.decisionReason(),
                r.version());
    }
}
