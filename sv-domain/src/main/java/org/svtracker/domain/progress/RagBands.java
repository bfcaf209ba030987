package org.svtracker.domain.progress;

import java.math.BigDecimal;
import java.util.Objects;
import org.svtracker.domain.commitment.RagStatus;

/**
 * A council's RAG bands, as percentages of what was expected to date: green at or above the upper
 * band, red below the lower band, amber between.
 */
public record RagBands(BigDecimal upperPercent, BigDecimal lowerPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The bands SPEC.md gives as the default for a council that has not chosen its own. */
    public static final RagBands DEFAULT = new RagBands(new BigDecimal("95"), new BigDecimal("85"));

    public RagBands {
        Objects.requireNonNull(upperPercent, "upperPercent");
        Objects.requireNonNull(lowerPercent, "lowerPercent");
        if (lowerPercent.signum() <= 0
                || lowerPercent.compareTo(upperPercent) > 0
                || upperPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("The RAG bands must satisfy 0% < lower <= upper <= 100%, not "
                    + lowerPercent.toPlainString() + "% and " + upperPercent.toPlainString() + "%");
        }
    }

    /** Red, amber or green for a ratio of delivered to expected (0.95 is 95%). */
    RagStatus judge(BigDecimal ratio) {
        BigDecimal percent = ratio.movePointRight(2);
        if (percent.compareTo(upperPercent) >= 0) {
            return RagStatus.GREEN;
        }
        return percent.compareTo(lowerPercent) < 0 ? RagStatus.RED : RagStatus.AMBER;
    }
}
