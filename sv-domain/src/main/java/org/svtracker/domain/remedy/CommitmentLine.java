package org.svtracker.domain.remedy;

import org.svtracker.domain.contract.ContractStatus;

/** A commitment named as people know it: its contract, the supplier and what is counted. */
public record CommitmentLine(
        long commitmentId,
        long contractId,
        String contractReference,
        String contractTitle,
        ContractStatus contractStatus,
        String supplierName,
        String measureName,
        String unit) {}
