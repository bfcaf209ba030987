package org.svtracker.web.followup;

import java.util.Collection;
import java.util.Optional;

/** Reading a chosen id from a form: blank is "not chosen", anything not on offer is someone else's. */
final class Choices {

    private Choices() {}

    /** Empty when nothing was chosen or the text is not a number. */
    static Optional<Long> id(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A chosen id that is not one of the council's own is refused as not found: it changes nothing. */
    static void requireOffered(Optional<Long> id, Collection<Long> offered) {
        if (id.isPresent() && !offered.contains(id.get())) {
            throw org.svtracker.web.errors.PageNotFound.because("Not one of this council's: " + id.get());
        }
    }
}
