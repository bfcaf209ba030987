package org.svtracker.web.followup;

import java.util.ArrayList;
import java.util.List;
import org.svtracker.web.form.DateParts;
import org.svtracker.web.layout.ErrorItem;

/** The form that opens a recovery plan, as typed. */
record RemedyForm(String formToken, String action, String owner, DateParts dueDate) {

    static RemedyForm empty(String token) {
        return new RemedyForm(token, "", "", DateParts.empty());
    }

    RemedyForm {
        dueDate = dueDate == null ? DateParts.empty() : dueDate;
    }

    List<ErrorItem> problems() {
        List<ErrorItem> errors = new ArrayList<>();
        if (action == null || action.isBlank()) {
            errors.add(new ErrorItem("action", "followUp.remedy.error.actionMissing"));
        } else if (action.strip().length() > 2000) {
            errors.add(new ErrorItem("action", "followUp.error.tooLong", 2000));
        }
        if (owner == null || owner.isBlank()) {
            errors.add(new ErrorItem("owner", "followUp.remedy.error.ownerMissing"));
        } else if (owner.strip().length() > 200) {
            errors.add(new ErrorItem("owner", "followUp.error.tooLong", 200));
        }
        if (dueDate.isBlank()) {
            errors.add(new ErrorItem("dueDate", "followUp.remedy.error.dueDateMissing"));
        } else if (dueDate.toDate().isEmpty()) {
            errors.add(new ErrorItem("dueDate", "followUp.error.dateInvalid"));
        }
        return errors;
    }
}
