package org.svtracker.domain.remedy;

/** The recovery plan is closed already: it cannot be closed again. */
public final class RemedyClosed extends IllegalStateException {

    private RemedyClosed(String message) {
        super(message);
    }

    public static RemedyClosed already() {
        return new RemedyClosed("This recovery plan is already closed");
    }
}
