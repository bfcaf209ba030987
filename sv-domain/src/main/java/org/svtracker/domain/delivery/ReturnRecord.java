package org.svtracker.domain.delivery;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.returns.ReturnStatus;

/**
 * A return with what a reviewer needs beside it: its contract, supplier and measure, the two
 * declarations, and who submitted and decided it (for a return recorded on a supplier's behalf,
 * the submitter is the council officer who recorded it).
 */
public record ReturnRecord(
        long id,
        long contractId,
        String contractReference,
        String contractTitle,
        String supplierName,
        long commitmentId,
        String measureName,
        MeasureUnit unit,
        MeasureKind kind,
        Quarter period,
        BigDecimal quantity,
        String narrative,
        ReturnStatus status,
        boolean declaredContractAndPeriod,
        boolean declaredCommitment,
        boolean recordedOnBehalf,
        OffsetDateTime submittedAt,
        String submittedByName,
        OffsetDateTime decidedAt,
        Long decidedById,
        String decidedByName,
        String decisionReason,
        long version) {}
