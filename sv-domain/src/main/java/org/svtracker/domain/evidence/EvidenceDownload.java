package org.svtracker.domain.evidence;

/** An evidence file with its bytes, for download. */
public record EvidenceDownload(EvidenceFile file, byte[] bytes) {}
