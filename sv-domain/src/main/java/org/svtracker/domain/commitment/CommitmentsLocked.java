package org.svtracker.domain.commitment;

import org.svtracker.domain.contract.ContractStatus;

/** A contract's commitments are fixed once it has gone live: none is added, revised or removed. */
public final class CommitmentsLocked extends IllegalStateException {

    private CommitmentsLocked(String message) {
        super(message);
    }

    public static CommitmentsLocked forStatus(ContractStatus status) {
        return new CommitmentsLocked("Commitments cannot change once a contract is " + status);
    }
}
