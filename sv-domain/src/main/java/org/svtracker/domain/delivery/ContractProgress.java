package org.svtracker.domain.delivery;

import java.util.List;

/** A contract's commitments with their progress, and the contract's £-weighted RAG. */
public record ContractProgress(long contractId, List<CommitmentProgress> commitments, RagStatus rag) {}
