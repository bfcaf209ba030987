package org.svtracker.domain.returns;

/** The same answer for a return that does not exist and one of another council or supplier. */
public final class ReturnNotFound extends RuntimeException {

    private ReturnNotFound(String message) {
        super(message);
    }

    public static ReturnNotFound forId(long id) {
        return new ReturnNotFound("No return " + id + " for you");
    }
}
