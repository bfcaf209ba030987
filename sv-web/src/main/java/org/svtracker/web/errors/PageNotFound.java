package org.svtracker.web.errors;

/** A web address that names nothing this user may see: a bad year, another council's slug. */
public final class PageNotFound extends RuntimeException {

    private PageNotFound(String message) {
        super(message);
    }

    public static PageNotFound because(String why) {
        return new PageNotFound(why);
    }
}
