package org.svtracker.domain.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Evidence metadata: the name shown, the type detected from the content, its size and SHA-256. */
public record EvidenceFile(
        long id,
        long returnId,
        String displayName,
        String contentType,
        long sizeBytes,
        String sha256,
        OffsetDateTime uploadedAt) {

    /** The columns {@link #read} expects first, in its order, from {@code evidence e}. */
    public static final String COLUMNS =
            "e.id, e.return_id, e.display_name, e.content_type, e.size_bytes, e.sha256, e.uploaded_at";

    /** Reads the first columns of a row selected with {@link #COLUMNS}; any after them are the caller's. */
    public static EvidenceFile read(ResultSet rs, int row) throws SQLException {
        return new EvidenceFile(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getObject(7, OffsetDateTime.class));
    }
}
