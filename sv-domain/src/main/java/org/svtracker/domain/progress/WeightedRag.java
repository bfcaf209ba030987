package org.svtracker.domain.progress;

import java.math.BigDecimal;
import java.util.Objects;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.money.Money;

/**
 * One commitment's part in its contract's RAG: its £ value is its weight, its ratio of delivered to
 * expected what it brings.
 *
 * <p>The ratio may be null where it is never read: for a commitment not started or complete, and for
 * one with no value (a narrative commitment whose status the contract manager set by hand).
 */
public record WeightedRag(Money value, BigDecimal ratio, RagStatus status) {

    public WeightedRag {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("A commitment's value cannot be negative, not " + value);
        }
        if (ratio == null && weighs(value, status) && status != RagStatus.COMPLETE) {
            throw new IllegalArgumentException("A " + status.label() + " commitment with a value needs its ratio");
        }
        if (ratio != null && ratio.signum() < 0) {
            throw new IllegalArgumentException("A ratio cannot be negative, not " + ratio.toPlainString());
        }
    }

    /** For a narrative commitment: a status set by hand, with no value and so no weight. */
    public static WeightedRag manual(RagStatus status) {
        return new WeightedRag(Money.ZERO, null, status);
    }

    /** Whether this commitment counts towards its contract's RAG. */
    boolean weighs() {
        return weighs(value, status);
    }

    private static boolean weighs(Money value, RagStatus status) {
        return status != RagStatus.NOT_STARTED && value.signum() > 0;
    }
}
