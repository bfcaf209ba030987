package org.svtracker.domain.evidence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;

/**
 * Evidence attached to returns. Which file types are accepted, and the upload limits, are decided
 * by the portal before bytes reach here; this keeps the metadata and the bytes together.
 */
@Service
public class EvidenceFiles {

    private final EvidenceStore store;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    EvidenceFiles(EvidenceStore store, AuditTrail audit, JdbcClient jdbc) {
        this.store = store;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Attaches a file to a return of the council; the name is display text only. */
    @Transactional
    public long attach(
            long councilId, long returnId, String displayName, String contentType, byte[] bytes, Actor actor) {
        EvidenceStore.StoredContent stored = store.store(bytes);
        long id = jdbc.sql("""
                        insert into evidence (council_id, return_id, content_id, display_name, content_type,
                                              size_bytes, sha256, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        councilId,
                        returnId,
                        stored.contentId(),
                        displayName,
                        contentType,
                        stored.sizeBytes(),
                        stored.sha256(),
                        actor.userId())
                .query(Long.class)
                .single();
        audit.record(
                actor,
                councilId,
                "Evidence",
                id,
                "ATTACHED",
                Map.of(
                        "returnId",
                        returnId,
                        "name",
                        displayName,
                        "sha256",
                        stored.sha256(),
                        "size",
                        stored.sizeBytes()));
        return id;
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> evidenceOf(long councilId, long returnId) {
        return jdbc.sql("""
                        select id, return_id, display_name, content_type, size_bytes, sha256, uploaded_at
                        from evidence where council_id = ? and return_id = ? order by id
                        """)
                .params(councilId, returnId)
                .query((rs, n) -> new EvidenceFile(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    @Transactional(readOnly = true)
    public byte[] contentOf(long councilId, long evidenceId) {
        Long contentId = jdbc.sql("select content_id from evidence where id = ? and council_id = ?")
                .params(evidenceId, councilId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No evidence " + evidenceId + " in this council"));
        return store.read(contentId).orElseThrow();
    }
}
