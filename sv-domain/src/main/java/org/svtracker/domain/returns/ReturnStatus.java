package org.svtracker.domain.returns;

/**
 * Where a return stands. Only VERIFIED counts as delivered; SUBMITTED is claimed; QUERIED goes back
 * to the supplier, who answers and submits again.
 */
public enum ReturnStatus {
    DRAFT,
    SUBMITTED,
    VERIFIED,
    QUERIED,
    REJECTED;

    /** Whether the return is with the supplier, who may still change it and its evidence. */
    public boolean withSupplier() {
        return this == DRAFT || this == QUERIED;
    }
}
