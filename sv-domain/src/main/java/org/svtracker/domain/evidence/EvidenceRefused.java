package org.svtracker.domain.evidence;

/**
 * An evidence file the service will not keep, with the reason the person uploading it is told. Nothing
 * of the upload it belongs to is stored.
 */
public final class EvidenceRefused extends RuntimeException {

    /** Why a file was refused. */
    public enum Reason {
        /** The content is not a PDF, PNG, JPEG, DOCX, XLSX or CSV file, whatever its name says. */
        TYPE_NOT_ALLOWED,
        /** The file has no content. */
        EMPTY,
        /** One file over the size allowed for a file. */
        FILE_TOO_LARGE,
        /** The files sent together are over the size allowed for one upload. */
        UPLOAD_TOO_LARGE,
        /** The contract's evidence would go over its quota. */
        CONTRACT_QUOTA_EXCEEDED
    }

    private final Reason reason;
    private final String fileName;
    private final long limitBytes;

    private EvidenceRefused(Reason reason, String fileName, long limitBytes) {
        super(reason + (fileName == null ? "" : ": " + fileName));
        this.reason = reason;
        this.fileName = fileName;
        this.limitBytes = limitBytes;
    }

    static EvidenceRefused typeNotAllowed(String fileName) {
        return new EvidenceRefused(Reason.TYPE_NOT_ALLOWED, fileName, 0);
    }

    static EvidenceRefused empty(String fileName) {
        return new EvidenceRefused(Reason.EMPTY, fileName, 0);
    }

    static EvidenceRefused fileTooLarge(String fileName, long limitBytes) {
        return new EvidenceRefused(Reason.FILE_TOO_LARGE, fileName, limitBytes);
    }

    static EvidenceRefused uploadTooLarge(long limitBytes) {
        return new EvidenceRefused(Reason.UPLOAD_TOO_LARGE, null, limitBytes);
    }

    static EvidenceRefused contractQuotaExceeded(String fileName, long limitBytes) {
        return new EvidenceRefused(Reason.CONTRACT_QUOTA_EXCEEDED, fileName, limitBytes);
    }

    public Reason reason() {
        return reason;
    }

    /** The file's name as display text (already cleaned), or null when the refusal is of the whole upload. */
    public String fileName() {
        return fileName;
    }

    /** The limit that was passed, in bytes, for the size reasons; 0 otherwise. */
    public long limitBytes() {
        return limitBytes;
    }

    /** The limit in whole megabytes (of 1,048,576 bytes), as the messages say it. */
    public long limitMegabytes() {
        return limitBytes / EvidenceLimits.MEGABYTE;
    }
}
