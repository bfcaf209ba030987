package org.svtracker.domain.returns;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.CommitmentRepository;

/** Returns: suppliers draft and submit them; contract managers verify, query or reject them. */
@Service
public class Returns {

    private final DeliveryReturnRepository returns;
    private final CommitmentRepository commitments;
    private final AuditTrail audit;
    private final Clock clock;

    Returns(DeliveryReturnRepository returns, CommitmentRepository commitments, AuditTrail audit, Clock clock) {
        this.returns = returns;
        this.commitments = commitments;
        this.audit = audit;
        this.clock = clock;
    }

    /** A supplier starts a return on one of its own live contracts' commitments. */
    @Transactional
    public long startReturn(
            long supplierId, long commitmentId, Quarter period, BigDecimal quantity, String narrative, Actor actor) {
        long councilId = councilOfSuppliersLiveCommitment(supplierId, commitmentId);
        DeliveryReturn draft = new DeliveryReturn(councilId, commitmentId, supplierId, period, false);
        draft.revise(quantity, narrative);
        draft = returns.save(draft);
        audit.record(actor, councilId, AuditedEntity.RETURN, draft.id(), "CREATED", details(draft));
        return draft.id();
    }

    @Transactional
    public void reviseReturn(
            long supplierId, long returnId, long expectedVersion, BigDecimal quantity, String narrative, Actor actor) {
        DeliveryReturn draft = ofSupplier(supplierId, returnId, expectedVersion);
        var before = details(draft);
        draft.revise(quantity, narrative);
        audit.recordUpdate(actor, draft.councilId(), AuditedEntity.RETURN, returnId, before, details(draft));
    }

    @Transactional
    public void submitReturn(
            long supplierId,
            long returnId,
            long expectedVersion,
            boolean contractAndPeriodDeclared,
            boolean commitmentDeclared,
            Actor actor) {
        DeliveryReturn submitted = ofSupplier(supplierId, returnId, expectedVersion);
        submitted.submit(contractAndPeriodDeclared, commitmentDeclared, actor.userId(), now());
        audit.record(actor, submitted.councilId(), AuditedEntity.RETURN, returnId, "SUBMITTED", details(submitted));
    }

    /** For a supplier without portal access: the contract manager records and submits it, marked as such. */
    @Transactional
    public long recordReturnOnBehalf(
            long councilId, long commitmentId, Quarter period, BigDecimal quantity, String narrative, Actor actor) {
        long supplierId = supplierOfLiveCommitment(councilId, commitmentId);
        DeliveryReturn recorded = new DeliveryReturn(councilId, commitmentId, supplierId, period, true);
        recorded.revise(quantity, narrative);
        recorded.submit(true, true, actor.userId(), now());
        recorded = returns.save(recorded);
        audit.record(actor, councilId, AuditedEntity.RETURN, recorded.id(), "RECORDED_ON_BEHALF", details(recorded));
        return recorded.id();
    }

    @Transactional
    public void verifyReturn(long councilId, long returnId, long expectedVersion, String note, Actor actor) {
        DeliveryReturn decided = ofCouncil(councilId, returnId, expectedVersion);
        decided.verify(actor.userId(), note, now());
        decision(actor, decided);
    }

    @Transactional
    public void queryReturn(long councilId, long returnId, long expectedVersion, String question, Actor actor) {
        DeliveryReturn decided = ofCouncil(councilId, returnId, expectedVersion);
        decided.query(actor.userId(), question, now());
        decision(actor, decided);
    }

    @Transactional
    public void rejectReturn(long councilId, long returnId, long expectedVersion, String reason, Actor actor) {
        DeliveryReturn decided = ofCouncil(councilId, returnId, expectedVersion);
        decided.reject(actor.userId(), reason, now());
        decision(actor, decided);
    }

    @Transactional(readOnly = true)
    public List<ReturnView> reviewQueue(long councilId) {
        return returns.findReviewQueue(councilId).stream().map(ReturnView::of).toList();
    }

    @Transactional(readOnly = true)
    public List<ReturnView> returnsOf(long councilId, long commitmentId) {
        return returns.findByCouncilIdAndCommitmentIdOrderByPeriodStart(councilId, commitmentId).stream()
                .map(ReturnView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public ReturnView returnOfCouncil(long councilId, long returnId) {
        return returns.findByIdAndCouncilId(returnId, councilId)
                .map(ReturnView::of)
                .orElseThrow(() -> ReturnNotFound.forId(returnId));
    }

    @Transactional(readOnly = true)
    public ReturnView returnOfSupplier(long supplierId, long returnId) {
        return returns.findByIdAndSupplierId(returnId, supplierId)
                .map(ReturnView::of)
                .orElseThrow(() -> ReturnNotFound.forId(returnId));
    }

    private void decision(Actor actor, DeliveryReturn decided) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", decided.status());
        values.put("reason", decided.decisionReason());
        audit.record(
                actor,
                decided.councilId(),
                AuditedEntity.RETURN,
                decided.id(),
                decided.status().name(),
                values);
    }

    private static Map<String, Object> details(DeliveryReturn r) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("commitmentId", r.commitmentId());
        values.put("period", r.period());
        values.put("quantity", r.quantity());
        values.put("narrative", r.narrative());
        values.put("status", r.status());
        return values;
    }

    private DeliveryReturn ofSupplier(long supplierId, long returnId, long expectedVersion) {
        DeliveryReturn found =
                returns.findByIdAndSupplierId(returnId, supplierId).orElseThrow(() -> ReturnNotFound.forId(returnId));
        return checked(found, expectedVersion);
    }

    private DeliveryReturn ofCouncil(long councilId, long returnId, long expectedVersion) {
        DeliveryReturn found =
                returns.findByIdAndCouncilId(returnId, councilId).orElseThrow(() -> ReturnNotFound.forId(returnId));
        return checked(found, expectedVersion);
    }

    private static DeliveryReturn checked(DeliveryReturn found, long expectedVersion) {
        if (found.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(DeliveryReturn.class, found.id());
        }
        return found;
    }

    private long councilOfSuppliersLiveCommitment(long supplierId, long commitmentId) {
        return commitments
                .findReportableBySupplier(commitmentId, supplierId)
                .map(c -> c.councilId())
                .orElseThrow(() -> ReturnNotFound.forCommitment(commitmentId));
    }

    private long supplierOfLiveCommitment(long councilId, long commitmentId) {
        return commitments
                .findSupplierOfLiveCommitment(commitmentId, councilId)
                .orElseThrow(() -> ReturnNotFound.forCommitment(commitmentId));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
