package org.svtracker.domain.evidence;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;
import org.svtracker.domain.evidence.EvidencePolicy.AcceptedEvidence;
import org.svtracker.domain.returns.ReturnNotFound;

/**
 * Evidence attached to returns. Every way in (the portal, the API, a return recorded on a
 * supplier's behalf) goes through {@link EvidencePolicy}: allowed types decided from the content,
 * size limits, the contract's quota, and the name kept as display text only.
 */
@Service
public class EvidenceFiles {

    private static final String COLUMNS =
            "e.id, e.return_id, e.display_name, e.content_type, e.size_bytes, e.sha256, e.uploaded_at";

    private final EvidenceStore store;
    private final EvidencePolicy policy;
    private final EvidenceLimits limits;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final EntityManager entityManager;

    EvidenceFiles(
            EvidenceStore store,
            EvidencePolicy policy,
            EvidenceLimits limits,
            AuditTrail audit,
            JdbcClient jdbc,
            Clock clock,
            EntityManager entityManager) {
        this.store = store;
        this.policy = policy;
        this.limits = limits;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * Attaches a file to a return of the council. The type kept is the one detected from the bytes;
     * the declared content type (what a browser or client claimed) is recorded in the audit trail
     * only. Refused files throw {@link EvidenceRefused} and nothing is stored.
     */
    @Transactional
    public long attach(
            long councilId, long returnId, String originalName, String declaredContentType, byte[] bytes, Actor actor) {
        AcceptedEvidence accepted = policy.check(new EvidenceUpload(originalName, bytes));
        long contractId = contractOfCouncilReturn(councilId, returnId);
        checkQuota(councilId, contractId, List.of(accepted));
        return store(councilId, returnId, accepted, declaredContentType, actor);
    }

    /**
     * A supplier attaches the files of one upload to its own return while the return is with it (a
     * draft, or queried). All files are checked before any is stored; one refusal stores none.
     */
    @Transactional
    public List<Long> attachToOwnReturn(long supplierId, long returnId, List<EvidenceUpload> uploads, Actor actor) {
        OwnReturn own = ownReturn(supplierId, returnId);
        if (!own.editable()) {
            throw EvidenceRefused.returnNotEditable();
        }
        List<AcceptedEvidence> accepted = policy.checkUpload(uploads);
        if (accepted.isEmpty()) {
            return List.of();
        }
        checkQuota(own.councilId(), own.contractId(), accepted);
        List<Long> ids = new ArrayList<>();
        for (AcceptedEvidence file : accepted) {
            ids.add(store(own.councilId(), returnId, file, null, actor));
        }
        return ids;
    }

    /**
     * A supplier removes a file from its own return, while the return is with it and only a file the
     * council has not yet seen (uploaded since the return was last submitted).
     */
    @Transactional
    public void removeFromOwnReturn(long supplierId, long returnId, long evidenceId, Actor actor) {
        OwnReturn own = ownReturn(supplierId, returnId);
        EvidenceFile file = ownFile(own, returnId, evidenceId);
        if (!removable(own.editable(), own.submittedAt(), file)) {
            throw EvidenceRefused.returnNotEditable();
        }
        Long contentId = jdbc.sql("delete from evidence where id = ? and council_id = ? returning content_id")
                .params(evidenceId, own.councilId())
                .query(Long.class)
                .single();
        jdbc.sql("delete from evidence_content where id = ?").param(contentId).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("returnId", returnId);
        details.put("name", file.displayName());
        details.put("sha256", file.sha256());
        audit.record(actor, own.councilId(), AuditedEntity.EVIDENCE, evidenceId, "REMOVED", details);
    }

    /** Whether the supplier may still remove a file: the return is with it and the council has not seen the file. */
    public static boolean removable(boolean returnEditable, OffsetDateTime lastSubmittedAt, EvidenceFile file) {
        return returnEditable && (lastSubmittedAt == null || file.uploadedAt().isAfter(lastSubmittedAt));
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> evidenceOf(long councilId, long returnId) {
        return jdbc.sql("select " + COLUMNS
                        + " from evidence e where e.council_id = ? and e.return_id = ? order by e.id")
                .params(councilId, returnId)
                .query(EvidenceFiles::file)
                .list();
    }

    /** The evidence of a supplier's own return; another supplier's return is not found. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> evidenceOfOwnReturn(long supplierId, long returnId) {
        OwnReturn own = ownReturn(supplierId, returnId);
        return evidenceOf(own.councilId(), returnId);
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

    /** A file of a council's return, with its bytes; another council's is not found. */
    @Transactional(readOnly = true)
    public EvidenceDownload downloadForCouncil(long councilId, long returnId, long evidenceId) {
        return download(
                jdbc.sql("select " + COLUMNS + ", e.content_id from evidence e"
                                + " where e.id = ? and e.return_id = ? and e.council_id = ?")
                        .params(evidenceId, returnId, councilId),
                evidenceId);
    }

    /** A file of a supplier's own return, with its bytes; another supplier's is not found. */
    @Transactional(readOnly = true)
    public EvidenceDownload downloadForSupplier(long supplierId, long returnId, long evidenceId) {
        return download(
                jdbc.sql("select " + COLUMNS + ", e.content_id from evidence e"
                                + " join delivery_return r on r.id = e.return_id and r.council_id = e.council_id"
                                + " where e.id = ? and e.return_id = ? and r.supplier_id = ?")
                        .params(evidenceId, returnId, supplierId),
                evidenceId);
    }

    /** How many bytes of evidence a contract holds, against its quota. */
    @Transactional(readOnly = true)
    public long bytesOnContract(long councilId, long contractId) {
        return usedOnContract(councilId, contractId);
    }

    public EvidenceLimits limits() {
        return limits;
    }

    private EvidenceDownload download(JdbcClient.StatementSpec query, long evidenceId) {
        record Found(EvidenceFile file, long contentId) {}
        Found found = query.query((rs, n) -> new Found(file(rs, n), rs.getLong(8)))
                .optional()
                .orElseThrow(() -> EvidenceNotFound.forId(evidenceId));
        return new EvidenceDownload(
                found.file(), store.read(found.contentId()).orElseThrow(() -> EvidenceNotFound.forId(evidenceId)));
    }

    private long store(long councilId, long returnId, AcceptedEvidence file, String declaredType, Actor actor) {
        EvidenceStore.StoredContent stored = store.store(file.bytes());
        long id = jdbc.sql("""
                        insert into evidence (council_id, return_id, content_id, display_name, content_type,
                                              size_bytes, sha256, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        councilId,
                        returnId,
                        stored.contentId(),
                        file.displayName(),
                        file.type().contentType(),
                        stored.sizeBytes(),
                        stored.sha256(),
                        actor.userId(),
                        // The same clock as the return's submission, so "added since it was submitted" is exact.
                        OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("returnId", returnId);
        details.put("name", file.displayName());
        details.put("type", file.type().contentType());
        if (declaredType != null) {
            details.put("declaredType", declaredType);
        }
        details.put("sha256", stored.sha256());
        details.put("size", stored.sizeBytes());
        audit.record(actor, councilId, AuditedEntity.EVIDENCE, id, "ATTACHED", details);
        return id;
    }

    /**
     * Refuses files that would take the contract over its quota. The contract row is locked first,
     * so two uploads to the same contract at once cannot both slip under it.
     */
    private void checkQuota(long councilId, long contractId, List<AcceptedEvidence> files) {
        jdbc.sql("select id from contract where id = ? and council_id = ? for update")
                .params(contractId, councilId)
                .query(Long.class)
                .single();
        long used = usedOnContract(councilId, contractId);
        for (AcceptedEvidence file : files) {
            used += file.bytes().length;
            if (used > limits.contractQuotaBytes()) {
                throw EvidenceRefused.contractQuotaExceeded(file.displayName(), limits.contractQuotaBytes());
            }
        }
    }

    private long usedOnContract(long councilId, long contractId) {
        return jdbc.sql("""
                        select coalesce(sum(e.size_bytes), 0) from evidence e
                        join delivery_return r on r.id = e.return_id and r.council_id = e.council_id
                        join commitment c on c.id = r.commitment_id and c.council_id = r.council_id
                        where e.council_id = ? and c.contract_id = ?
                        """).params(councilId, contractId).query(Long.class).single();
    }

    private long contractOfCouncilReturn(long councilId, long returnId) {
        return jdbc.sql("""
                        select c.contract_id from delivery_return r
                        join commitment c on c.id = r.commitment_id and c.council_id = r.council_id
                        where r.id = ? and r.council_id = ?
                        """)
                .params(returnId, councilId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> ReturnNotFound.forId(returnId));
    }

    private record OwnReturn(long councilId, long contractId, String status, OffsetDateTime submittedAt) {
        boolean editable() {
            return status.equals("DRAFT") || status.equals("QUERIED");
        }
    }

    private OwnReturn ownReturn(long supplierId, long returnId) {
        // The return's state may have changed in this transaction through JPA; read what it is now.
        entityManager.flush();
        return jdbc.sql("""
                        select r.council_id, c.contract_id, r.status, r.submitted_at from delivery_return r
                        join commitment c on c.id = r.commitment_id and c.council_id = r.council_id
                        where r.id = ? and r.supplier_id = ?
                        """)
                .params(returnId, supplierId)
                .query((rs, n) -> new OwnReturn(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
                .optional()
                .orElseThrow(() -> ReturnNotFound.forId(returnId));
    }

    private EvidenceFile ownFile(OwnReturn own, long returnId, long evidenceId) {
        return jdbc.sql("select " + COLUMNS
                        + " from evidence e where e.id = ? and e.return_id = ? and e.council_id = ?")
                .params(evidenceId, returnId, own.councilId())
                .query(EvidenceFiles::file)
                .optional()
                .orElseThrow(() -> EvidenceNotFound.forId(evidenceId));
    }

    private static EvidenceFile file(ResultSet rs, int n) throws SQLException {
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
