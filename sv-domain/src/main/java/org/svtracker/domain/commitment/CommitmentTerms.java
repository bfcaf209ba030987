package org.svtracker.domain.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedMap;
import org.svtracker.domain.calendar.Quarter;

/**
 * What a supplier promises: a measure, how much by when (a due date, or targets by quarter), the
 * primary outcome it serves, and the optional SROI adjustments.
 */
public record CommitmentTerms(
        long measureId,
        BigDecimal targetQuantity,
        LocalDate dueDate,
        SortedMap<Quarter, BigDecimal> quarterlyTargets,
        long primaryOutcomeId,
        String narrative,
        boolean local,
        BigDecimal deadweightPercent,
        BigDecimal attributionPercent) {}
