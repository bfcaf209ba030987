package org.svtracker.domain.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a procurement officer records about a contract, on registering it or editing it. */
public record ContractDetails(
        String reference,
        String title,
        ContractCategory category,
        BigDecimal value,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal weightingPercent,
        String weightingReason,
        Long procurementOfficerId,
        Long contractManagerId,
        String ocid,
        String localArea) {}
