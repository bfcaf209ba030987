package org.svtracker.domain.remedy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.svtracker.domain.money.Money;

/** A recovery plan as the pages show it, with the commitment and contract it is about. */
public record RemedyView(
        long id,
        CommitmentLine commitment,
        String action,
        String owner,
        LocalDate dueDate,
        Remedy.Status status,
        String outcome,
        Money penalty,
        String penaltyNote,
        String openedBy,
        OffsetDateTime openedAt,
        OffsetDateTime closedAt,
        long version) {

    public boolean open() {
        return status == Remedy.Status.OPEN;
    }
}
