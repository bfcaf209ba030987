package org.svtracker.domain.council;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a council has decided about social value: contracts at or above the threshold are in scope,
 * the optional target is social value as a percentage of contract value, and the RAG bands judge
 * delivery against what was expected to date.
 */
public record CouncilSettings(
        BigDecimal socialValueThreshold,
        BigDecimal targetPercent,
        BigDecimal minimumWeightingPercent,
        BigDecimal ragUpperPercent,
        BigDecimal ragLowerPercent) {

    public static final BigDecimal DEFAULT_MINIMUM_WEIGHTING = new BigDecimal("10.00");
    public static final BigDecimal DEFAULT_RAG_UPPER = new BigDecimal("95.00");
    public static final BigDecimal DEFAULT_RAG_LOWER = new BigDecimal("85.00");

    public CouncilSettings {
        Objects.requireNonNull(socialValueThreshold, "socialValueThreshold");
        Objects.requireNonNull(minimumWeightingPercent, "minimumWeightingPercent");
        Objects.requireNonNull(ragUpperPercent, "ragUpperPercent");
        Objects.requireNonNull(ragLowerPercent, "ragLowerPercent");
        if (socialValueThreshold.signum() < 0) {
            throw new IllegalArgumentException("The social value threshold cannot be negative");
        }
        if (targetPercent != null && (targetPercent.signum() <= 0 || targetPercent.compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException("The target must be more than 0% and at most 100%");
        }
        if (minimumWeightingPercent.signum() < 0 || minimumWeightingPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("The minimum weighting must be between 0% and 100%");
        }
        if (ragLowerPercent.signum() <= 0
                || ragLowerPercent.compareTo(ragUpperPercent) > 0
                || ragUpperPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("The RAG bands must satisfy 0% < lower <= upper <= 100%");
        }
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** The settings SPEC.md gives as defaults: every contract in scope, no target, 10% weighting, 95/85 bands. */
    public static CouncilSettings withThreshold(BigDecimal threshold, BigDecimal targetPercent) {
        return new CouncilSettings(
                threshold, targetPercent, DEFAULT_MINIMUM_WEIGHTING, DEFAULT_RAG_UPPER, DEFAULT_RAG_LOWER);
    }

    /** A contract is in scope for social value when its value is at or above the council's threshold. */
    public boolean isInScope(BigDecimal contractValue) {
        return contractValue.compareTo(socialValueThreshold) >= 0;
    }
}
