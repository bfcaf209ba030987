package org.svtracker.domain.delivery;

import java.time.LocalDate;
import java.util.List;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.contract.ContractStatus;

/** A contract with its commitments and how delivery stands, as the API lists them. */
public record ContractOverview(
        long contractId,
        String councilSlug,
        String councilName,
        String reference,
        String title,
        ContractStatus status,
        LocalDate startDate,
        LocalDate endDate,
        RagStatus rag,
        List<CommitmentOverview> commitments) {}
