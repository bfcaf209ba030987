package org.svtracker.domain.progress;

import java.util.List;
import org.svtracker.domain.commitment.RagStatus;

/** A contract's commitments with their progress, and the contract's £-weighted RAG. */
public record ContractProgress(long contractId, List<CommitmentProgress> commitments, RagStatus rag) {}
