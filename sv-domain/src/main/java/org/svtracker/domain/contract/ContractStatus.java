package org.svtracker.domain.contract;

import java.util.Set;

/** The lifecycle of a contract: planned → in tender → awarded → live → closed, one step at a time. */
public enum ContractStatus {
    PLANNED,
    IN_TENDER,
    AWARDED,
    LIVE,
    CLOSED;

    public boolean canMoveTo(ContractStatus next) {
        return switch (this) {
            case PLANNED -> next == IN_TENDER;
            case IN_TENDER -> next == AWARDED;
            case AWARDED -> next == LIVE;
            case LIVE -> next == CLOSED;
            case CLOSED -> false;
        };
    }

    /** Commitments can be added, changed and removed until delivery starts. */
    public boolean commitmentsEditable() {
        return Set.of(PLANNED, IN_TENDER, AWARDED).contains(this);
    }

    public boolean hasSupplier() {
        return this == AWARDED || this == LIVE || this == CLOSED;
    }
}
