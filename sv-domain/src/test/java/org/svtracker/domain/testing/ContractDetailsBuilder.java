package org.svtracker.domain.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.svtracker.domain.contract.ContractCategory;
import org.svtracker.domain.contract.ContractDetails;

/**
 * A contract's details for a test, with defaults (services worth £250,000 from April 2025 to March
 * 2027, a 10% weighting, no staff named), so that a test states only what matters to it.
 */
public final class ContractDetailsBuilder {

    private final String reference;
    private String title;
    private ContractCategory category = ContractCategory.SERVICES;
    private BigDecimal value = new BigDecimal("250000.00");
    private LocalDate startDate = LocalDate.of(2025, 4, 1);
    private LocalDate endDate = LocalDate.of(2027, 3, 31);
    private BigDecimal weightingPercent = new BigDecimal("10");
    private Long procurementOfficerId;
    private Long contractManagerId;
    private String localArea;

    private ContractDetailsBuilder(String reference) {
        this.reference = reference;
    }

    /** A contract with this reference, titled "Contract " and the reference unless given a title. */
    public static ContractDetailsBuilder aContract(String reference) {
        return new ContractDetailsBuilder(reference);
    }

    public ContractDetailsBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public ContractDetailsBuilder category(ContractCategory category) {
        this.category = category;
        return this;
    }

    /** The contract value as a plain decimal, such as {@code "250000.00"}. */
    public ContractDetailsBuilder worth(String value) {
        this.value = new BigDecimal(value);
        return this;
    }

    public ContractDetailsBuilder running(LocalDate startDate, LocalDate endDate) {
        this.startDate = startDate;
        this.endDate = endDate;
        return this;
    }

    /** The social value weighting of the tender, in percent; null for none. */
    public ContractDetailsBuilder weighting(String percent) {
        this.weightingPercent = percent == null ? null : new BigDecimal(percent);
        return this;
    }

    public ContractDetailsBuilder procurementOfficer(Long procurementOfficerId) {
        this.procurementOfficerId = procurementOfficerId;
        return this;
    }

    public ContractDetailsBuilder contractManager(Long contractManagerId) {
        this.contractManagerId = contractManagerId;
        return this;
    }

    /** The council's procurement officer and contract manager. */
    public ContractDetailsBuilder staffOf(DomainFixtures.TestCouncil council) {
        return procurementOfficer(council.procurementOfficerId()).contractManager(council.contractManagerId());
    }

    public ContractDetailsBuilder localArea(String localArea) {
        this.localArea = localArea;
        return this;
    }

    public ContractDetails build() {
        return new ContractDetails(
                reference,
                title == null ? "Contract " + reference : title,
                category,
                value,
                startDate,
                endDate,
                weightingPercent,
                null,
                procurementOfficerId,
                contractManagerId,
                null,
                localArea);
    }
}
