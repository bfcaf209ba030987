package org.svtracker.domain.commitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A target delivered evenly from a start date to a due date, the default for a commitment with a
 * single due date: the expected quantity grows day by day from nothing on the start date to the
 * whole target on the due date.
 */
public record LinearSchedule(LocalDate start, LocalDate due, BigDecimal target) implements DeliverySchedule {

    public LinearSchedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(target, "target");
        if (!due.isAfter(start)) {
            throw new IllegalArgumentException("The due date must be after the start date: " + start + " to " + due);
        }
        if (target.signum() <= 0) {
            throw new IllegalArgumentException("A target must be more than zero, not " + target.toPlainString());
        }
    }

    /**
     * Target × days from start to today ÷ days from start to due, at {@link #SCALE} decimals: nothing
     * before the start and the whole target from the due date on.
     */
    @Override
    public BigDecimal expectedToDate(LocalDate today) {
        if (!today.isAfter(start)) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        if (!today.isBefore(due)) {
            return target.setScale(SCALE, RoundingMode.HALF_UP);
        }
        long elapsed = ChronoUnit.DAYS.between(start, today);
        long total = ChronoUnit.DAYS.between(start, due);
        return target.multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(total), SCALE, RoundingMode.HALF_UP);
    }
}
