package org.svtracker.domain.commitment.template;

import org.svtracker.domain.contract.ContractStatus;

/** The contract's commitments can no longer change: it is live or closed. */
public final class CommitmentsLocked extends RuntimeException {

    private final ContractStatus status;

    private CommitmentsLocked(long contractId, ContractStatus status) {
        super("The commitments of contract " + contractId + " cannot change once it is " + status);
        this.status = status;
    }

    static CommitmentsLocked forContract(long contractId, ContractStatus status) {
        return new CommitmentsLocked(contractId, status);
    }

    public ContractStatus status() {
        return status;
    }
}
