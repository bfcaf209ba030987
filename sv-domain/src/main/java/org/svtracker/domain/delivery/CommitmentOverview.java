package org.svtracker.domain.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureUnit;

/**
 * One commitment of a contract: what is measured, the target, and what was verified (delivered) and
 * submitted but not yet verified (claimed), with its RAG.
 */
public record CommitmentOverview(
        long commitmentId,
        String measureCode,
        String measureName,
        MeasureKind measureKind,
        MeasureUnit unit,
        BigDecimal target,
        LocalDate dueDate,
        BigDecimal verified,
        BigDecimal claimed,
        RagStatus rag) {}
