package org.svtracker.domain.contract;

/** A step of the lifecycle that the contract's status does not allow, such as closing a planned contract. */
public final class ContractStepRefused extends IllegalStateException {

    private ContractStepRefused(String message) {
        super(message);
    }

    public static ContractStepRefused fromTo(ContractStatus status, ContractStatus next) {
        return new ContractStepRefused("A contract that is " + status + " cannot become " + next);
    }
}
