package org.svtracker.domain.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.svtracker.domain.council.CouncilOwned;
import org.svtracker.domain.money.Money;

/** A council's contract, from planning to closure, with the supplier it was awarded to. */
@Entity
@Table(name = "contract")
public class Contract extends CouncilOwned {

    private String reference;

    private String title;

    @Enumerated(EnumType.STRING)
    private ContractCategory category;

    private BigDecimal value;

    private LocalDate startDate;

    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private ContractStatus status;

    private BigDecimal weightingPercent;

    private String weightingReason;

    private Long supplierId;

    private LocalDate awardedOn;

    private Long procurementOfficerId;

    private Long contractManagerId;

    private String ocid;

    private String localArea;

    protected Contract() {}

    Contract(long councilId, ContractDetails details) {
        super(councilId);
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
}
