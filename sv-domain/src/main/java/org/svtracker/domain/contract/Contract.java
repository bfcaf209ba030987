package org.svtracker.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.svtracker.domain.money.Money;

/** A council's contract, from planning to closure, with the supplier it was awarded to. */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "council_id")
    private long councilId;

    private String reference;

    private String title;

    @Enumerated(EnumType.STRING)
    private ContractCategory category;

    private BigDecimal value;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private ContractStatus status;

    @Column(name = "weighting_percent")
    private BigDecimal weightingPercent;

    @Column(name = "weighting_reason")
    private String weightingReason;

    @Column(name = "supplier_id")
    private Long supplierId;

    @Column(name = "awarded_on")
    private LocalDate awardedOn;

    @Column(name = "procurement_officer_id")
    private Long procurementOfficerId;

    @Column(name = "contract_manager_id")
    private Long contractManagerId;

    private String ocid;

    @Column(name = "local_area")
    private String localArea;

    @Version
    private long version;

    protected Contract() {}

    Contract(long councilId, ContractDetails details) {
        this.councilId = councilId;
        this.status = ContractStatus.PLANNED;
        revise(details);
    }

    void revise(ContractDetails details) {
        if (details.reference() == null || details.reference().isBlank()) {
            throw new IllegalArgumentException("A contract needs a reference");
        }
        if (details.title() == null || details.title().isBlank()) {
            throw new IllegalArgumentException("A contract needs a title");
        }
        if (details.startDate() == null
                || details.endDate() == null
                || !details.endDate().isAfter(details.startDate())) {
            throw new IllegalArgumentException("The end date must be after the start date");
        }
        if (details.value() == null || details.value().signum() < 0) {
            throw new IllegalArgumentException("The contract value cannot be negative");
        }
        if (details.weightingPercent() != null
                && (details.weightingPercent().signum() < 0
                        || details.weightingPercent().compareTo(new BigDecimal("100")) > 0)) {
            throw new IllegalArgumentException("The weighting must be between 0% and 100%");
        }
        this.reference = details.reference().trim();
        this.title = details.title().trim();
        this.category = java.util.Objects.requireNonNull(details.category(), "A contract needs a category");
        this.value = new Money(details.value()).amount();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.weightingPercent = details.weightingPercent();
        this.weightingReason = details.weightingReason();
        this.procurementOfficerId = details.procurementOfficerId();
        this.contractManagerId = details.contractManagerId();
        this.ocid = details.ocid();
        this.localArea = details.localArea();
    }

    public void startTender() {
        moveTo(ContractStatus.IN_TENDER);
    }

    public void award(long supplier, LocalDate on) {
        if (on == null) {
            throw new IllegalArgumentException("An award needs its date");
        }
        moveTo(ContractStatus.AWARDED);
        this.supplierId = supplier;
        this.awardedOn = on;
    }

    public void goLive() {
        moveTo(ContractStatus.LIVE);
    }

    public void close() {
        moveTo(ContractStatus.CLOSED);
    }

    private void moveTo(ContractStatus next) {
        if (!status.canMoveTo(next)) {
            throw ContractStepRefused.fromTo(status, next);
        }
        this.status = next;
    }

    /** The values the audit trail compares on an edit. */
    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("reference", reference);
        values.put("title", title);
        values.put("category", category);
        values.put("value", value);
        values.put("startDate", startDate);
        values.put("endDate", endDate);
        values.put("weightingPercent", weightingPercent);
        values.put("weightingReason", weightingReason);
        values.put("procurementOfficerId", procurementOfficerId);
        values.put("contractManagerId", contractManagerId);
        values.put("ocid", ocid);
        values.put("localArea", localArea);
        return values;
    }

    public Long id() {
        return id;
    }

    public long councilId() {
        return councilId;
    }

    public String reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    public ContractCategory category() {
        return category;
    }

    public Money value() {
        return new Money(value);
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public ContractStatus status() {
        return status;
    }

    public BigDecimal weightingPercent() {
        return weightingPercent;
    }

    public String weightingReason() {
        return weightingReason;
    }

    public Long supplierId() {
        return supplierId;
    }

    public LocalDate awardedOn() {
        return awardedOn;
    }

    public Long procurementOfficerId() {
        return procurementOfficerId;
    }

    public Long contractManagerId() {
        return contractManagerId;
    }

    public String ocid() {
        return ocid;
    }

    public String localArea() {
        return localArea;
    }

    public long version() {
        return version;
    }
}
