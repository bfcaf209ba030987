package org.svtracker.domain.commitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.svtracker.domain.calendar.Quarter;

/**
 * A target split into quarterly targets, for commitments the council profiles by quarter: a quarter
 * that has ended is expected in full, the current quarter in proportion to the days gone, a later
 * quarter not at all.
 */
public record QuarterlySchedule(SortedMap<Quarter, BigDecimal> targets) implements DeliverySchedule {

    /** Copies the targets into natural quarter order, so later changes to the caller's map change nothing. */
    public QuarterlySchedule {
        Objects.requireNonNull(targets, "targets");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("A quarterly schedule needs at least one quarter");
        }
        TreeMap<Quarter, BigDecimal> copy = new TreeMap<>();
        for (Map.Entry<Quarter, BigDecimal> entry : targets.entrySet()) {
            Quarter quarter = Objects.requireNonNull(entry.getKey(), "quarter");
            BigDecimal target = Objects.requireNonNull(entry.getValue(), () -> "the target for " + quarter);
            if (target.signum() < 0) {
                throw new IllegalArgumentException("The target for " + quarter + " cannot be negative");
            }
            copy.put(quarter, target);
        }
        if (copy.values().stream().allMatch(target -> target.signum() == 0)) {
            throw new IllegalArgumentException("A quarterly schedule needs a target above zero in some quarter");
        }
        targets = Collections.unmodifiableSortedMap(copy);
    }

    /** The sum of the quarterly targets. */
    @Override
    public BigDecimal target() {
        return targets.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The targets of the quarters ended before today, plus the current quarter's target × days gone
     * in it ÷ days in it (so nothing on its first day), at {@link #SCALE} decimals.
     */
    @Override
    public BigDecimal expectedToDate(LocalDate today) {
        BigDecimal expected = BigDecimal.ZERO;
        for (Map.Entry<Quarter, BigDecimal> entry : targets.entrySet()) {
            Quarter quarter = entry.getKey();
            if (quarter.end().isBefore(today)) {
                expected = expected.add(entry.getValue());
            } else if (quarter.contains(today)) {
                long gone = ChronoUnit.DAYS.between(quarter.start(), today);
                long days =
                        ChronoUnit.DAYS.between(quarter.start(), quarter.end().plusDays(1));
                expected = expected.add(entry.getValue()
                        .multiply(BigDecimal.valueOf(gone))
                        .divide(BigDecimal.valueOf(days), SCALE, RoundingMode.HALF_UP));
            }
        }
        return expected.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
