package org.svtracker.domain.evidence;

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

/**
 * Evidence files of returns: checked by {@link EvidencePolicy} (type decided from the content, size
 * limits, the name kept as display text only), kept within the contract's quota, read back by those
 * who may see the return. Whether a return may take or lose a file is the return's rule, decided by
 * the returns service before it calls here.
 */
@Service
public class EvidenceFiles {

    private final EvidenceStore store;
    private final EvidencePolicy policy;
    private final EvidenceLimits limits;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    EvidenceFiles(
            EvidenceStore store,
            EvidencePolicy policy,
            EvidenceLimits limits,
            AuditTrail audit,
            JdbcClient jdbc,
            Clock clock) {
        this.store = store;
        this.policy = policy;
        this.limits = limits;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Checks the files of one upload against the policy, all before any is kept: the type decided
     * from the content, the sizes, the name made display text. The first refusal throws
     * {@link EvidenceRefused}.
     */
    public List<AcceptedEvidence> check(List<EvidenceUpload> uploads) {
        return policy.checkUpload(uploads);
    }

    /**
     * Keeps checked files as evidence of a return on a contract, within the contract's quota. The
     * type kept is the one detected from the bytes; a declared content type (what a browser or
     * client claimed) goes to the audit trail only. The caller has made sure the return is the
     * council's and on that contract.
     */
    @Transactional
    public List<Long> store(
            long councilId,
            long contractId,
            long returnId,
            List<AcceptedEvidence> files,
            String declaredType,
            Actor actor) {
        if (files.isEmpty()) {
            return List.of();
        }
        checkQuota(councilId, contractId, files);
        List<Long> ids = new ArrayList<>();
        for (AcceptedEvidence file : files) {
            ids.add(store(councilId, returnId, file, declaredType, actor));
        }
        return ids;
    }

    /** Removes a file of a council's return, bytes and all; another return's file is not found. */
    @Transactional
    public void remove(long councilId, long returnId, long evidenceId, Actor actor) {
        EvidenceFile file = fileOf(councilId, returnId, evidenceId);
        Long contentId = jdbc.sql("delete from evidence where id = ? and council_id = ? returning content_id")
                .params(evidenceId, councilId)
                .query(Long.class)
                .single();
        jdbc.sql("delete from evidence_content where id = ?").param(contentId).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("returnId", returnId);
        details.put("name", file.displayName());
        details.put("sha256", file.sha256());
        audit.record(actor, councilId, AuditedEntity.EVIDENCE, evidenceId, "REMOVED", details);
    }

    /** One file of a council's return. */
    @Transactional(readOnly = true)
    public EvidenceFile fileOf(long councilId, long returnId, long evidenceId) {
        return jdbc.sql("select " + EvidenceFile.COLUMNS
                        + " from evidence e where e.id = ? and e.return_id = ? and e.council_id = ?")
                .params(evidenceId, returnId, councilId)
                .query(EvidenceFile::read)
                .optional()
                .orElseThrow(() -> EvidenceNotFound.forId(evidenceId));
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> evidenceOf(long councilId, long returnId) {
        return jdbc.sql("select " + EvidenceFile.COLUMNS
                        + " from evidence e where e.council_id = ? and e.return_id = ? order by e.id")
                .params(councilId, returnId)
                .query(EvidenceFile::read)
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

    /** A file of a council's return, with its bytes; another council's is not found. */
    @Transactional(readOnly = true)
    public EvidenceDownload downloadForCouncil(long councilId, long returnId, long evidenceId) {
        return download(
                jdbc.sql("select " + EvidenceFile.COLUMNS + ", e.content_id from evidence e"
                                + " where e.id = ? and e.return_id = ? and e.council_id = ?")
                        .params(evidenceId, returnId, councilId),
                evidenceId);
    }

    /** A file of a supplier's own return, with its bytes; another supplier's is not found. */
    @Transactional(readOnly = true)
    public EvidenceDownload downloadForSupplier(long supplierId, long returnId, long evidenceId) {
        return download(
                jdbc.sql("select " + EvidenceFile.COLUMNS + ", e.content_id from evidence e"
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
        Found found = query.query((rs, n) -> new Found(EvidenceFile.read(rs, n), rs.getLong(8)))
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
}
