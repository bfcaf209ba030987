package org.svtracker.domain.measure;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.svtracker.domain.VersionedEntity;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.money.Money;

/** £ per unit of a measure for one financial year, with where the figure comes from and its licence. */
@Entity
@Table(name = "proxy_value")
public class ProxyValue extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id")
    private Measure measure;

    private int financialYear;

    private BigDecimal valuePerUnit;

    private String source;

    private String licence;

    protected ProxyValue() {}

    ProxyValue(Measure measure, FinancialYear year, BigDecimal valuePerUnit, String source, String licence) {
        this.measure = measure;
        this.financialYear = year.startYear();
        change(valuePerUnit, source, licence);
    }

    void change(BigDecimal newValue, String newSource, String newLicence) {
        if (newValue == null || newValue.signum() <= 0) {
            throw new IllegalArgumentException("A proxy value must be more than £0");
        }
        if (newSource == null || newSource.isBlank() || newLicence == null || newLicence.isBlank()) {
            throw new IllegalArgumentException("A proxy value needs its source and licence");
        }
        this.valuePerUnit = new Money(newValue).amount();
        this.source = newSource.trim();
        this.licence = newLicence.trim();
    }

    public FinancialYear financialYear() {
        return new FinancialYear(financialYear);
    }

    public Money valuePerUnit() {
        return new Money(valuePerUnit);
    }

    public String source() {
        return source;
    }

    public String licence() {
        return licence;
    }
}
