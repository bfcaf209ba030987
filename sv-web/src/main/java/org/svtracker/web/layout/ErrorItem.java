package org.svtracker.web.layout;

import java.util.List;
import org.svtracker.domain.returns.ReturnProblem;
import org.svtracker.domain.returns.ReturnRefused;

/**
 * One entry of a GOV.UK error summary: the id of the field it links to and the message key of
 * what is wrong, also shown by the field.
 */
public record ErrorItem(String fieldId, String messageKey, Object... arguments) {

    /** One entry for one problem of a refused return, linking to the field of that name. */
    public static ErrorItem of(ReturnProblem problem) {
        return new ErrorItem(problem.field(), problem.messageKey(), problem.argumentArray());
    }

    /** The entries of a refused return, one a problem. */
    public static List<ErrorItem> of(ReturnRefused refused) {
        return refused.problems().stream().map(ErrorItem::of).toList();
    }

    public String href() {
        return "#" + fieldId;
    }
}
