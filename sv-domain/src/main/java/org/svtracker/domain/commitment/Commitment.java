package org.svtracker.domain.commitment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.council.CouncilOwned;
import org.svtracker.domain.measure.Measure;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.ProxyValue;
import org.svtracker.domain.money.Money;

/**
 * A supplier's promise on one contract. Its £ value is the target quantity times the proxy in force
 * when the contract was awarded; that proxy is frozen here, so later proxy changes never rewrite it.
 */
@Entity
@Table(name = "commitment")
public class Commitment extends CouncilOwned {

    private long contractId;

    private long measureId;

    private long primaryOutcomeId;

    private BigDecimal targetQuantity;

    private LocalDate dueDate;

    @ElementCollection
    @CollectionTable(name = "commitment_quarter_target", joinColumns = @JoinColumn(name = "commitment_id"))
    @MapKeyColumn(name = "quarter_start")
    @Column(name = "target_quantity")
    private Map<LocalDate, BigDecimal> quarterTargets = new LinkedHashMap<>();

    private String narrative;

    private boolean local;

    private BigDecimal proxyPerUnit;

    private Integer proxyFinancialYear;

    private String proxySource;

    private String proxyLicence;

    private BigDecimal grossValue;

    private BigDecimal netValue;

    private BigDecimal deadweightPercent;

    private BigDecimal attributionPercent;

    @Enumerated(EnumType.STRING)
    private RagStatus manualRag;

    protected Commitment() {}

    Commitment(long councilId, long contractId, Measure measure, CommitmentTerms terms) {
        super(councilId);
        this.contractId = contractId;
        revise(measure, terms);
    }

    /** Changes the terms; the proxy, once frozen, stays, and the value is worked out again from it. */
    void revise(Measure measure, CommitmentTerms terms) {
        if (measure.councilId() == null || measure.councilId() != councilId()) {
            throw new IllegalArgumentException("The measure must be in this council's library");
        }
        if (!measure.serves(terms.primaryOutcomeId())) {
            throw new IllegalArgumentException("The primary outcome must be one that the measure serves");
        }
        boolean narrativeOnly = measure.kind() == MeasureKind.NARRATIVE;
        boolean quarterly =
                terms.quarterlyTargets() != null && !terms.quarterlyTargets().isEmpty();
        if (narrativeOnly) {
            if (terms.narrative() == null || terms.narrative().isBlank()) {
                throw new IllegalArgumentException("A narrative commitment needs its narrative");
            }
            if (terms.targetQuantity() != null || quarterly) {
                throw new IllegalArgumentException("A narrative commitment has no target quantity");
            }
        } else if (quarterly) {
            if (terms.targetQuantity() != null) {
                throw new IllegalArgumentException("Give either one target with a due date or targets by quarter");
            }
            if (terms.quarterlyTargets().values().stream().anyMatch(q -> q == null || q.signum() <= 0)) {
                throw new IllegalArgumentException("Every quarter's target must be more than 0");
            }
        } else {
            if (terms.targetQuantity() == null || terms.targetQuantity().signum() <= 0) {
                throw new IllegalArgumentException("The target must be more than 0");
            }
            if (terms.dueDate() == null) {
                throw new IllegalArgumentException("A commitment needs a due date or targets by quarter");
            }
        }
        checkPercent(terms.deadweightPercent(), "Deadweight");
        checkPercent(terms.attributionPercent(), "Attribution");
        if (this.measureId != measure.id()) {
            clearProxy(); // a proxy belongs to its measure; the service freezes the new one's
        }
        this.measureId = measure.id();
        this.primaryOutcomeId = terms.primaryOutcomeId();
        this.quarterTargets.clear();
        if (quarterly) {
            terms.quarterlyTargets().forEach((q, target) -> quarterTargets.put(q.start(), target));
            this.targetQuantity = null;
            this.dueDate = terms.quarterlyTargets().lastKey().end();
        } else {
            this.targetQuantity = terms.targetQuantity();
            this.dueDate = terms.dueDate();
        }
        this.narrative = terms.narrative();
        this.local = terms.local();
        this.deadweightPercent = terms.deadweightPercent();
        this.attributionPercent = terms.attributionPercent();
        if (measure.kind() != MeasureKind.VALUED) {
            clearProxy();
        }
        revalue();
    }

    private static void checkPercent(BigDecimal percent, String what) {
        if (percent != null && (percent.signum() < 0 || percent.compareTo(new BigDecimal("100")) > 0)) {
            throw new IllegalArgumentException(what + " must be between 0% and 100%");
        }
    }

    /** Freezes the proxy in force at award. Done once: a frozen proxy is never replaced. */
    void freezeProxy(ProxyValue proxy) {
        if (isFrozen()) {
            throw new IllegalStateException("This commitment's proxy was frozen at award");
        }
        this.proxyPerUnit = proxy.valuePerUnit().amount();
        this.proxyFinancialYear = proxy.financialYear().startYear();
        this.proxySource = proxy.source();
        this.proxyLicence = proxy.licence();
        revalue();
    }

    private void clearProxy() {
        this.proxyPerUnit = null;
        this.proxyFinancialYear = null;
        this.proxySource = null;
        this.proxyLicence = null;
    }

    private void revalue() {
        if (proxyPerUnit == null) {
            this.grossValue = null;
            this.netValue = null;
            return;
        }
        BigDecimal quantity = totalTarget();
        Money proxy = new Money(proxyPerUnit);
        this.grossValue = Money.valueOf(quantity, proxy).amount();
        this.netValue = Money.netValueOf(quantity, proxy, deadweightPercent, attributionPercent)
                .amount();
    }

    public void setManualRag(RagStatus status) {
        if (targetQuantity != null || !quarterTargets.isEmpty()) {
            throw new IllegalStateException("Only a narrative commitment has its RAG set by hand");
        }
        this.manualRag = status;
    }

    public boolean isFrozen() {
        return proxyPerUnit != null;
    }

    /** The whole target: the one target, or the quarters' targets added up. */
    public BigDecimal totalTarget() {
        if (targetQuantity != null) {
            return targetQuantity;
        }
        return quarterTargets.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** How delivery is expected to build up, for the RAG; null for a narrative commitment. */
    public DeliverySchedule schedule(LocalDate scheduleStart) {
        if (!quarterTargets.isEmpty()) {
            SortedMap<Quarter, BigDecimal> targets = new TreeMap<>();
            quarterTargets.forEach((start, target) -> targets.put(Quarter.of(start), target));
            return new QuarterlySchedule(targets);
        }
        if (targetQuantity == null) {
            return null;
        }
        return new LinearSchedule(scheduleStart, dueDate, targetQuantity);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("measureId", measureId);
        values.put("primaryOutcomeId", primaryOutcomeId);
        values.put("targetQuantity", targetQuantity);
        values.put("dueDate", dueDate);
        values.put("quarterTargets", new TreeMap<>(quarterTargets).toString());
        values.put("narrative", narrative);
        values.put("local", local);
        values.put("deadweightPercent", deadweightPercent);
        values.put("attributionPercent", attributionPercent);
        values.put("grossValue", grossValue);
        values.put("netValue", netValue);
        return values;
    }

    public long contractId() {
        return contractId;
    }

    public long measureId() {
        return measureId;
    }

    public long primaryOutcomeId() {
        return primaryOutcomeId;
    }

    public BigDecimal targetQuantity() {
        return targetQuantity;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public SortedMap<Quarter, BigDecimal> quarterlyTargets() {
        SortedMap<Quarter, BigDecimal> targets = new TreeMap<>();
        quarterTargets.forEach((start, target) -> targets.put(Quarter.of(start), target));
        return targets;
    }

    public String narrative() {
        return narrative;
    }

    public boolean local() {
        return local;
    }

    public Money proxyPerUnit() {
        return proxyPerUnit == null ? null : new Money(proxyPerUnit);
    }

    public FinancialYear proxyFinancialYear() {
        return proxyFinancialYear == null ? null : new FinancialYear(proxyFinancialYear);
    }

    public String proxySource() {
        return proxySource;
    }

    public String proxyLicence() {
        return proxyLicence;
    }

    public Money grossValue() {
        return grossValue == null ? null : new Money(grossValue);
    }

    public Money netValue() {
        return netValue == null ? null : new Money(netValue);
    }

    public BigDecimal deadweightPercent() {
        return deadweightPercent;
    }

    public BigDecimal attributionPercent() {
        return attributionPercent;
    }

    public RagStatus manualRag() {
        return manualRag;
    }
}
