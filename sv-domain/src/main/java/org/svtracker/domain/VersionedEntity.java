package org.svtracker.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every entity of the domain carries: an id the database generates, and the version that
 * refuses an edit made from a stale copy (two people saving the same form).
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }
}
