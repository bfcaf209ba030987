package org.svtracker.domain.council;

public final class CouncilNotFound extends RuntimeException {

    private CouncilNotFound(String message) {
        super(message);
    }

    public static CouncilNotFound forId(long id) {
        return new CouncilNotFound("No council with id " + id);
    }
}
