package org.svtracker.domain.beyond;

/** No beyond-procurement activity with this id in the council: it does not exist, or it is another council's. */
public final class ActivityNotFound extends RuntimeException {

    private ActivityNotFound(String message) {
        super(message);
    }

    public static ActivityNotFound forId(long id) {
        return new ActivityNotFound("No activity " + id + " in this council");
    }
}
