package org.svtracker.domain.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedMap;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.CommitmentTerms;

/**
 * A supplier's commitment for a test, with defaults (a target of 1 due on 31 March 2027, not local,
 * no narrative, deadweight or attribution), so that a test states only what matters to it.
 */
public final class CommitmentTermsBuilder {

    private final long measureId;
    private final long primaryOutcomeId;
    private BigDecimal targetQuantity = BigDecimal.ONE;
    private LocalDate dueDate = LocalDate.of(2027, 3, 31);
    private SortedMap<Quarter, BigDecimal> quarterlyTargets;
    private String narrative;
    private boolean local;
    private BigDecimal deadweightPercent;
    private BigDecimal attributionPercent;

    private CommitmentTermsBuilder(long measureId, long primaryOutcomeId) {
        this.measureId = measureId;
        this.primaryOutcomeId = primaryOutcomeId;
    }

    /** A commitment to a measure, serving this primary outcome; see {@link DomainFixtures.TestCouncil#commitment}. */
    public static CommitmentTermsBuilder aCommitment(long measureId, long primaryOutcomeId) {
        return new CommitmentTermsBuilder(measureId, primaryOutcomeId);
    }

    /** How much by the due date, as a plain decimal; null for none (a narrative commitment). */
    public CommitmentTermsBuilder target(String quantity) {
        this.targetQuantity = quantity == null ? null : new BigDecimal(quantity);
        return this;
    }

    public CommitmentTermsBuilder target(BigDecimal quantity) {
        this.targetQuantity = quantity;
        return this;
    }

    public CommitmentTermsBuilder due(LocalDate dueDate) {
        this.dueDate = dueDate;
        return this;
    }

    /** Neither a target nor a due date, as a narrative commitment has. */
    public CommitmentTermsBuilder noTarget() {
        this.targetQuantity = null;
        this.dueDate = null;
        return this;
    }

    /** Targets by quarter instead of one target by a due date. */
    public CommitmentTermsBuilder quarterly(SortedMap<Quarter, BigDecimal> targets) {
        noTarget();
        this.quarterlyTargets = targets;
        return this;
    }

    public CommitmentTermsBuilder narrative(String narrative) {
        this.narrative = narrative;
        return this;
    }

    public CommitmentTermsBuilder local() {
        return local(true);
    }

    public CommitmentTermsBuilder local(boolean local) {
        this.local = local;
        return this;
    }

    /** In percent, as a plain decimal; null for none. */
    public CommitmentTermsBuilder deadweight(String percent) {
        this.deadweightPercent = percent == null ? null : new BigDecimal(percent);
        return this;
    }

    /** In percent, as a plain decimal; null for none. */
    public CommitmentTermsBuilder attribution(String percent) {
        this.attributionPercent = percent == null ? null : new BigDecimal(percent);
        return this;
    }

    public CommitmentTerms build() {
        return new CommitmentTerms(
                measureId,
                targetQuantity,
                dueDate,
                quarterlyTargets,
                primaryOutcomeId,
                narrative,
                local,
                deadweightPercent,
                attributionPercent);
    }
}
