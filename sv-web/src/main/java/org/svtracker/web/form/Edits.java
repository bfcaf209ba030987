package org.svtracker.web.form;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.svtracker.web.layout.ErrorItem;

/**
 * Saving the edit of a record that carries a version. A form shown at another version than the
 * record's now is stale (someone else saved meanwhile): nothing is saved and the record is shown as
 * it is now. A form with problems is shown again with them. Else it is saved, and a save that finds
 * the version moved on after all is stale too.
 */
public final class Edits {

    private Edits() {}

    /**
     * @param stale the page showing the record as it is now, with the stale message
     * @param again the form as typed, shown again with its problems
     * @param save saves the edit and answers the page to go to
     */
    public static String save(
            Long shownVersion,
            long currentVersion,
            List<ErrorItem> problems,
            Supplier<String> stale,
            Function<List<ErrorItem>, String> again,
            Supplier<String> save) {
        if (shownVersion == null || shownVersion != currentVersion) {
            return stale.get();
        }
        if (!problems.isEmpty()) {
            return again.apply(problems);
        }
        try {
            return save.get();
        } catch (ObjectOptimisticLockingFailureException e) {
            return stale.get();
        }
    }
}
