package org.svtracker.domain.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * When a commitment's target is due, so that delivery can be judged against what should have been
 * delivered by now rather than against the whole target.
 *
 * <p>Quantities expected to date are held to 6 decimal places (rounded HALF_UP), well beyond the 3
 * a quantity is stored with, so the RAG ratio is not disturbed by rounding.
 */
public sealed interface DeliverySchedule permits LinearSchedule, QuarterlySchedule {

    /** The decimal places of a quantity expected to date. */
    int SCALE = 6;

    /** The whole quantity promised. */
    BigDecimal target();

    /** The quantity that should have been delivered by the end of {@code today}'s schedule day. */
    BigDecimal expectedToDate(LocalDate today);
}
