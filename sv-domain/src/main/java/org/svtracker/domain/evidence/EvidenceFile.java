package org.svtracker.domain.evidence;

import java.time.OffsetDateTime;

/** Evidence metadata: the name shown, the type detected from the content, its size and SHA-256. */
public record EvidenceFile(
        long id,
        long returnId,
        String displayName,
        String contentType,
        long sizeBytes,
        String sha256,
        OffsetDateTime uploadedAt) {}
