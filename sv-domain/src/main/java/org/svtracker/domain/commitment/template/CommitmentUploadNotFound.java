package org.svtracker.domain.commitment.template;

/** No such upload of this contract in this council: never made, another council's, or abandoned and forgotten. */
public final class CommitmentUploadNotFound extends RuntimeException {

    private CommitmentUploadNotFound(String message) {
        super(message);
    }

    static CommitmentUploadNotFound forId(Object id) {
        return new CommitmentUploadNotFound("No commitments upload " + id + " of this contract in this council");
    }
}
