package org.svtracker.reporting.publish;

import java.time.OffsetDateTime;

/** A published version as listed, without its content. */
public record PublishedVersion(int versionNumber, String publishedBy, OffsetDateTime publishedAt) {}
