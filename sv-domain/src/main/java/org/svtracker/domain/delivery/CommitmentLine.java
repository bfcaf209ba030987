package org.svtracker.domain.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.DeliverySchedule;
import org.svtracker.domain.commitment.LinearSchedule;
import org.svtracker.domain.commitment.QuarterlySchedule;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.progress.Progress;

/** A commitment as the delivery pages list it: its measure, its promise and its schedule. */
public record CommitmentLine(
        long id,
        long contractId,
        String contractReference,
        String measureName,
        MeasureUnit unit,
        MeasureKind kind,
        BigDecimal targetQuantity,
        LocalDate dueDate,
        SortedMap<Quarter, BigDecimal> quarterTargets,
        String narrative,
        RagStatus manualRag,
        LocalDate contractStart,
        LocalDate contractEnd,
        long version) {

    /** A narrative commitment has no quantity to judge, so the contract manager sets its RAG. */
    public boolean isNarrative() {
        return schedule() == null;
    }

    /** The schedule its RAG is judged on, as {@link Progress} builds it; null for a narrative commitment. */
    public DeliverySchedule schedule() {
        if (!quarterTargets.isEmpty()) {
            return new QuarterlySchedule(quarterTargets);
        }
        if (targetQuantity == null || dueDate == null || !dueDate.isAfter(contractStart)) {
            return null;
        }
        return new LinearSchedule(contractStart, dueDate, targetQuantity);
    }

    /** The quarters delivery is reported for, from the contract's start to its due date (or end). */
    public List<Quarter> quarters() {
        LocalDate last = dueDate != null ? dueDate : contractEnd;
        if (last.isBefore(contractStart)) {
            return List.of();
        }
        return Quarter.between(contractStart, last);
    }

    /** The quarters reported up to and including the one {@code today} falls in. */
    public List<Quarter> quartersTo(LocalDate today) {
        Quarter current = Quarter.of(today);
        List<Quarter> shown = new ArrayList<>();
        for (Quarter quarter : quarters()) {
            if (quarter.compareTo(current) <= 0) {
                shown.add(quarter);
            }
        }
        return shown;
    }

    /** What the schedule expects within one quarter; null for a narrative commitment. */
    public BigDecimal expectedIn(Quarter quarter) {
        DeliverySchedule schedule = schedule();
        if (schedule == null) {
            return null;
        }
        return schedule.expectedToDate(quarter.end().plusDays(1)).subtract(schedule.expectedToDate(quarter.start()));
    }
}
