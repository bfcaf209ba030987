package org.svtracker.domain.remedy;

/** No recovery plan with this id in the council: it does not exist, or it is another council's. */
public final class RemedyNotFound extends RuntimeException {

    private RemedyNotFound(String message) {
        super(message);
    }

    public static RemedyNotFound forId(long id) {
        return new RemedyNotFound("No recovery plan " + id + " in this council");
    }
}
