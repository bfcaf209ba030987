package org.svtracker.domain.returns;

import java.time.LocalDate;
import org.svtracker.domain.measure.MeasureKind;

/** A commitment with what the rules of its returns need: who owns it, its contract's term, its measure. */
public record ReportableCommitment(
        long id,
        Long councilId,
        Long supplierId,
        Long contractId,
        LocalDate contractStart,
        LocalDate contractEnd,
        MeasureKind kind,
        String measureName) {}
