package org.svtracker.domain.measure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.svtracker.domain.VersionedEntity;
import org.svtracker.domain.calendar.FinancialYear;

/**
 * What is counted: code, name, unit and kind, the outcomes it serves in the council's framework,
 * and for valued measures a £ proxy per unit for each financial year. A measure with no council
 * belongs to the shared library that councils adopt from.
 */
@Entity
@Table(name = "measure")
public class Measure extends VersionedEntity {

    private Long councilId;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private MeasureUnit unit;

    private String unitGuidance;

    @Enumerated(EnumType.STRING)
    private MeasureKind kind;

    private Long adoptedFromId;

    @ElementCollection
    @CollectionTable(name = "measure_outcome", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    private List<ServedOutcome> outcomes = new ArrayList<>();

    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("financialYear")
    private List<ProxyValue> proxies = new ArrayList<>();

    /** The outcome a measure serves, stored with its council so the database can check they match. */
    @Embeddable
    public record ServedOutcome(long outcomeId, long councilId) {}

    protected Measure() {}

    Measure(Long councilId, String code, String name, MeasureUnit unit, String unitGuidance, MeasureKind kind) {
        this.councilId = councilId;
        this.code = code;
        describe(name, unit, unitGuidance, kind);
    }

    void recode(String newCode) {
        this.code = newCode;
    }

    void describe(String newName, MeasureUnit newUnit, String newGuidance, MeasureKind newKind) {
        if ((newKind == MeasureKind.NARRATIVE) != (newUnit == null)) {
            throw new IllegalArgumentException("A narrative measure has no unit; every other measure has one");
        }
        if (newKind != MeasureKind.VALUED && !proxies.isEmpty()) {
            throw new IllegalArgumentException("Only a valued measure has proxy values");
        }
        this.name = newName;
        this.unit = newUnit;
        this.unitGuidance = newGuidance;
        this.kind = newKind;
    }

    /** The outcomes this measure serves, in order; the first is the natural primary outcome. */
    void serveOutcomes(List<Long> outcomeIds) {
        if (councilId == null && !outcomeIds.isEmpty()) {
            throw new IllegalArgumentException("A shared measure serves no council's outcomes until adopted");
        }
        outcomes.clear();
        outcomeIds.stream().distinct().forEach(id -> outcomes.add(new ServedOutcome(id, councilId)));
    }

    /** Sets the proxy for a financial year, replacing any the year had. */
    void setProxy(FinancialYear year, java.math.BigDecimal valuePerUnit, String source, String licence) {
        if (kind != MeasureKind.VALUED) {
            throw new IllegalArgumentException("Only a valued measure has proxy values");
        }
        proxyFor(year)
                .ifPresentOrElse(
                        p -> p.change(valuePerUnit, source, licence),
                        () -> proxies.add(new ProxyValue(this, year, valuePerUnit, source, licence)));
    }

    public Optional<ProxyValue> proxyFor(FinancialYear year) {
        return proxies.stream().filter(p -> p.financialYear().equals(year)).findFirst();
    }

    /** The proxy in force in a year: that year's, or else the latest earlier year's. */
    public Optional<ProxyValue> proxyInForce(FinancialYear year) {
        return proxies.stream()
                .filter(p -> p.financialYear().compareTo(year) <= 0)
                .max(Comparator.comparing(ProxyValue::financialYear));
    }

    public boolean serves(long outcomeId) {
        return outcomes.stream().anyMatch(o -> o.outcomeId() == outcomeId);
    }

    void adoptedFrom(long sharedMeasureId) {
        this.adoptedFromId = sharedMeasureId;
    }

    public Long councilId() {
        return councilId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public MeasureUnit unit() {
        return unit;
    }

    public String unitGuidance() {
        return unitGuidance;
    }

    public MeasureKind kind() {
        return kind;
    }

    public List<Long> outcomeIds() {
        return outcomes.stream().map(ServedOutcome::outcomeId).toList();
    }

    public List<ProxyValue> proxies() {
        return List.copyOf(proxies);
    }
}
