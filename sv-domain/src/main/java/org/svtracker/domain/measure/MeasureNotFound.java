package org.svtracker.domain.measure;

public final class MeasureNotFound extends RuntimeException {

    private MeasureNotFound(String message) {
        super(message);
    }

    public static MeasureNotFound forId(long id) {
        return new MeasureNotFound("No measure " + id + " in this library");
    }
}
