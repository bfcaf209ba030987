package org.svtracker.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.svtracker.web.form.Numbers;
import org.svtracker.web.layout.ErrorItem;

/** The forms of the framework pages and their checks, the same as the database's. */
final class FrameworkForms {

    static final int MAX_THEME_NAME = 200;
    static final int MAX_OUTCOME_NAME = 300;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,20}");

    private FrameworkForms() {}

    /** A new theme or outcome: its code and name, and the form's one-time token. */
    record NewEntry(String code, String name, String formToken) {

        List<ErrorItem> problems(int maxName) {
            List<ErrorItem> errors = new ArrayList<>();
            if (Numbers.isBlank(code)) {
                errors.add(new ErrorItem("code", "councilAdmin.framework.code.missing"));
            } else if (!CODE.matcher(code.strip()).matches()) {
                errors.add(new ErrorItem("code", "councilAdmin.framework.code.format"));
            }
            checkName(name, maxName, errors);
            return errors;
        }
    }

    /** A new name for a theme or an outcome, with the version the form was shown at. */
    record Rename(String name, long version) {

        List<ErrorItem> problems(int maxName) {
            List<ErrorItem> errors = new ArrayList<>();
            checkName(name, maxName, errors);
            return errors;
        }
    }

    private static void checkName(String name, int maxName, List<ErrorItem> errors) {
        if (Numbers.isBlank(name)) {
            errors.add(new ErrorItem("name", "councilAdmin.framework.name.missing"));
        } else if (name.strip().length() > maxName) {
            errors.add(new ErrorItem("name", "councilAdmin.framework.name.tooLong", maxName));
        }
    }
}
