package org.svtracker.domain.returns;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.evidence.EvidenceFiles;
import org.svtracker.domain.evidence.EvidenceUpload;

/**
 * A supplier's return with its evidence, changed in one transaction: what it says, the files added,
 * and (when submitting) the two declarations. A stale version or a refused file leaves everything
 * as it was.
 */
@Service
public class SupplierReturns {

    private final Returns deliveries;
    private final EvidenceFiles evidence;

    SupplierReturns(Returns deliveries, EvidenceFiles evidence) {
        this.deliveries = deliveries;
        this.evidence = evidence;
    }

    /** Saves a draft (or a queried return being answered) without sending it to the council. */
    @Transactional
    public void saveDraft(
            long supplierId,
            long returnId,
            long expectedVersion,
            BigDecimal quantity,
            String narrative,
            List<EvidenceUpload> uploads,
            Actor actor) {
        deliveries.reviseReturn(supplierId, returnId, expectedVersion, quantity, narrative, actor);
        evidence.attachToOwnReturn(supplierId, returnId, uploads, actor);
    }

    /** Saves and submits: the return goes to the council's contract manager for review. */
    @Transactional
    public void submit(
            long supplierId,
            long returnId,
            long expectedVersion,
            BigDecimal quantity,
            String narrative,
            List<EvidenceUpload> uploads,
            boolean contractAndPeriodDeclared,
            boolean commitmentDeclared,
            Actor actor) {
        deliveries.reviseReturn(supplierId, returnId, expectedVersion, quantity, narrative, actor);
        evidence.attachToOwnReturn(supplierId, returnId, uploads, actor);
        // The version was checked above; the revision may have moved it on within this transaction.
        long current = deliveries.returnOfSupplier(supplierId, returnId).version();
        deliveries.submitReturn(supplierId, returnId, current, contractAndPeriodDeclared, commitmentDeclared, actor);
    }
}
