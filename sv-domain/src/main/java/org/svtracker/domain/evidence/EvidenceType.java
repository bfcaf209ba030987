package org.svtracker.domain.evidence;

/** The kinds of file kept as evidence, each with the one content type it is stored and served as. */
public enum EvidenceType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv", "csv");

    private final String contentType;
    private final String extension;

    EvidenceType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The usual file extension, without the dot: used when a name has to be made up. */
    public String extension() {
        return extension;
    }
}
