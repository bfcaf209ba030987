package org.svtracker.domain.evidence;

/** A file as it arrives: the name the uploader's computer gave it (untrusted) and its bytes. */
public record EvidenceUpload(String originalName, byte[] bytes) {

    public EvidenceUpload {
        bytes = bytes == null ? new byte[0] : bytes;
    }

    public long size() {
        return bytes.length;
    }
}
