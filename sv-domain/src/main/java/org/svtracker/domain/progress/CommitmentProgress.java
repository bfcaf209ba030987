package org.svtracker.domain.progress;

import java.math.BigDecimal;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.money.Money;

/**
 * How one commitment stands: its target, what was verified (delivered) and submitted but not yet
 * verified (claimed), the value delivered at the frozen proxy, and its RAG.
 */
public record CommitmentProgress(
        long commitmentId,
        long contractId,
        BigDecimal target,
        BigDecimal verified,
        BigDecimal claimed,
        Money committedValue,
        Money deliveredValue,
        RagStatus rag) {}
