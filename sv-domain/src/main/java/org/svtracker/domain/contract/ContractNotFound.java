package org.svtracker.domain.contract;

/** The same answer for a contract that does not exist and one of another council. */
public final class ContractNotFound extends RuntimeException {

    private ContractNotFound(String message) {
        super(message);
    }

    public static ContractNotFound forId(long id) {
        return new ContractNotFound("No contract " + id + " in this council");
    }
}
