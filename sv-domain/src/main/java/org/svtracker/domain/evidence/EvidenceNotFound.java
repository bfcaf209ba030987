package org.svtracker.domain.evidence;

/** The same answer for evidence that does not exist and evidence of another council's or supplier's return. */
public final class EvidenceNotFound extends RuntimeException {

    private EvidenceNotFound(String message) {
        super(message);
    }

    public static EvidenceNotFound forId(long evidenceId) {
        return new EvidenceNotFound("No evidence " + evidenceId + " for you");
    }
}
