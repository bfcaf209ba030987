package org.svtracker.domain.council;

import jakarta.persistence.MappedSuperclass;
import org.svtracker.domain.VersionedEntity;

/** A record that belongs to one council: every finder filters on its council, so no council sees another's. */
@MappedSuperclass
public abstract class CouncilOwned extends VersionedEntity {

    private long councilId;

    protected CouncilOwned() {}

    protected CouncilOwned(long councilId) {
        this.councilId = councilId;
    }

    public long councilId() {
        return councilId;
    }
}
