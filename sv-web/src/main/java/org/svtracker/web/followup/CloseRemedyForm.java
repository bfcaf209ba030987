package org.svtracker.web.followup;

import java.util.ArrayList;
import java.util.List;
import org.svtracker.web.layout.ErrorItem;

/** Closing a recovery plan: what came of it, on the version the user saw. */
record CloseRemedyForm(Long version, String outcome) {

    List<ErrorItem> problems() {
        List<ErrorItem> errors = new ArrayList<>();
        if (outcome == null || outcome.isBlank()) {
            errors.add(new ErrorItem("outcome", "followUp.remedy.error.outcomeMissing"));
        } else if (outcome.strip().length() > 2000) {
            errors.add(new ErrorItem("outcome", "followUp.error.tooLong", 2000));
        }
        return errors;
    }
}
