package org.svtracker.domain.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.svtracker.domain.commitment.DeliverySchedule;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.money.Money;

/**
 * The RAG rules of SPEC.md: a commitment is judged on verified delivery against what its schedule
 * expected by today, and a contract on its commitments weighted by £ value.
 *
 * <p>Ratios are held to {@link #SCALE} decimals (rounded HALF_UP) and the status is judged from that
 * same figure, so what a page shows as the ratio always agrees with the colour beside it.
 */
public final class Rag {

    /** The decimal places of a ratio: 0.954777 is 95.4777%. */
    public static final int SCALE = 6;

    private Rag() {}

    /**
     * Complete once the verified quantity reaches the target, even early; not started while nothing
     * is expected yet; otherwise green, amber or red by the ratio of verified to expected.
     */
    public static RagStatus of(DeliverySchedule schedule, BigDecimal verifiedToDate, LocalDate today, RagBands bands) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(verifiedToDate, "verifiedToDate");
        Objects.requireNonNull(bands, "bands");
        if (verifiedToDate.compareTo(schedule.target()) >= 0) {
            return RagStatus.COMPLETE;
        }
        if (schedule.expectedToDate(today).signum() == 0) {
            return RagStatus.NOT_STARTED;
        }
        return bands.judge(ratio(schedule, verifiedToDate, today));
    }

    /**
     * Verified ÷ expected to date, at {@link #SCALE} decimals; above 1 when delivery is ahead.
     *
     * @throws IllegalStateException when nothing is expected yet, the case {@link #of} calls not started
     */
    public static BigDecimal ratio(DeliverySchedule schedule, BigDecimal verifiedToDate, LocalDate today) {
        Objects.requireNonNull(verifiedToDate, "verifiedToDate");
        BigDecimal expected = schedule.expectedToDate(today);
        if (expected.signum() == 0) {
            throw new IllegalStateException("Nothing is expected yet on " + today + ", so there is no ratio");
        }
        return verifiedToDate.divide(expected, SCALE, RoundingMode.HALF_UP);
    }

    /**
     * A commitment's part in its contract's RAG, its ratio left out when there is none (not started,
     * or complete before anything was expected).
     */
    public static WeightedRag weigh(
            Money value, DeliverySchedule schedule, BigDecimal verifiedToDate, LocalDate today, RagBands bands) {
        RagStatus status = of(schedule, verifiedToDate, today, bands);
        boolean hasRatio = schedule.expectedToDate(today).signum() != 0;
        return new WeightedRag(value, hasRatio ? ratio(schedule, verifiedToDate, today) : null, status);
    }

    /**
     * The contract's RAG: Σ value × min(ratio, 1) ÷ Σ value over the commitments that weigh (started,
     * with a value above zero; complete counts as 1), judged by the bands. Not started when nothing
     * weighs; complete when everything that weighs is complete.
     */
    public static RagStatus forContract(List<WeightedRag> commitments, RagBands bands) {
        Objects.requireNonNull(bands, "bands");
        Optional<BigDecimal> ratio = contractRatio(commitments);
        if (ratio.isEmpty()) {
            return RagStatus.NOT_STARTED;
        }
        boolean allComplete = commitments.stream()
                .filter(WeightedRag::weighs)
                .allMatch(commitment -> commitment.status() == RagStatus.COMPLETE);
        return allComplete ? RagStatus.COMPLETE : bands.judge(ratio.get());
    }

    /**
     * The contract's value-weighted ratio at {@link #SCALE} decimals, capped at 1 per commitment so
     * that over-delivery on one cannot hide under-delivery on another; empty when nothing weighs.
     */
    public static Optional<BigDecimal> contractRatio(List<WeightedRag> commitments) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (WeightedRag commitment : commitments) {
            if (!commitment.weighs()) {
                continue;
            }
            BigDecimal ratio = commitment.status() == RagStatus.COMPLETE
                    ? BigDecimal.ONE
                    : commitment.ratio().min(BigDecimal.ONE);
            weighted = weighted.add(commitment.value().amount().multiply(ratio));
            total = total.add(commitment.value().amount());
        }
        if (total.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(weighted.divide(total, SCALE, RoundingMode.HALF_UP));
    }
}
