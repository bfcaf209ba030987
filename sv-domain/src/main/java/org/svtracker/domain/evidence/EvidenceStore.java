package org.svtracker.domain.evidence;

import java.util.Optional;

/**
 * Where evidence bytes live. PostgreSQL today (a table of its own); the interface lets them move to
 * an S3-compatible store without the rest of the domain noticing.
 */
public interface EvidenceStore {

    StoredContent store(byte[] bytes);

    Optional<byte[]> read(long contentId);

    /** What the store kept: its id, and the size and SHA-256 it measured itself. */
    record StoredContent(long contentId, long sizeBytes, String sha256) {}
}
