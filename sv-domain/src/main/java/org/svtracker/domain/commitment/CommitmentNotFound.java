package org.svtracker.domain.commitment;

public final class CommitmentNotFound extends RuntimeException {

    private CommitmentNotFound(String message) {
        super(message);
    }

    public static CommitmentNotFound forId(long id) {
        return new CommitmentNotFound("No commitment " + id + " in this council");
    }
}
