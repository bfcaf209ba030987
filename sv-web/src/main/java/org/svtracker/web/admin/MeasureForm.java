package org.svtracker.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.svtracker.domain.measure.MeasureDetails;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.measure.MeasureView;
import org.svtracker.web.form.Numbers;
import org.svtracker.web.layout.ErrorItem;

/**
 * A measure as typed in the add or change form. The outcome checkboxes are grouped by theme, so
 * their error links to the first group's first checkbox.
 */
record MeasureForm(
        String code,
        String name,
        String unit,
        String unitGuidance,
        String kind,
        List<Long> outcomeIds,
        String formToken,
        Long version) {

    static final String OUTCOMES_FIELD = "outcomes";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");

    MeasureForm {
        outcomeIds = outcomeIds == null ? List.of() : List.copyOf(outcomeIds);
    }

    static MeasureForm blank(String formToken) {
        return new MeasureForm("", "", "", "", "", List.of(), formToken, null);
    }

    static MeasureForm of(MeasureView measure) {
        return new MeasureForm(
                measure.code(),
                measure.name(),
                measure.unit() == null ? "" : measure.unit().name(),
                measure.unitGuidance() == null ? "" : measure.unitGuidance(),
                measure.kind().name(),
                measure.outcomeIds(),
                null,
                measure.version());
    }

    List<ErrorItem> problems(boolean hasProxies) {
        List<ErrorItem> errors = new ArrayList<>();
        if (Numbers.isBlank(code)) {
            errors.add(error("code", "missing"));
        } else if (code.strip().length() > 20) {
            errors.add(error("code", "tooLong"));
        } else if (!CODE.matcher(code.strip()).matches()) {
            errors.add(error("code", "format"));
        }
        if (Numbers.isBlank(name)) {
            errors.add(error("name", "missing"));
        } else if (name.strip().length() > 200) {
            errors.add(error("name", "tooLong"));
        }
        MeasureKind parsedKind = parsedKind();
        if (parsedKind == null) {
            errors.add(error("kind", "missing"));
        } else if (hasProxies && parsedKind != MeasureKind.VALUED) {
            errors.add(error("kind", "hasProxies"));
        }
        boolean unitGiven = !Numbers.isBlank(unit);
        if (unitGiven && parsedUnit() == null) {
            errors.add(error("unit", "missing"));
        } else if (parsedKind == MeasureKind.NARRATIVE && unitGiven) {
            errors.add(error("unit", "narrative"));
        } else if (parsedKind != null && parsedKind != MeasureKind.NARRATIVE && !unitGiven) {
            errors.add(error("unit", "missing"));
        }
        if (unitGuidance != null && unitGuidance.strip().length() > 500) {
            errors.add(error("unitGuidance", "tooLong"));
        }
        if (outcomeIds.isEmpty()) {
            errors.add(new ErrorItem(OUTCOMES_FIELD, "councilAdmin.measure.outcomes.missing"));
        }
        return errors;
    }

    private static ErrorItem error(String field, String what) {
        return new ErrorItem(field, "councilAdmin.measure." + field + "." + what);
    }

    MeasureKind parsedKind() {
        try {
            return kind == null || kind.isBlank() ? null : MeasureKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    MeasureUnit parsedUnit() {
        try {
            return unit == null || unit.isBlank() ? null : MeasureUnit.valueOf(unit);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The measure, once {@link #problems(boolean)} found none. */
    MeasureDetails details() {
        return new MeasureDetails(code.strip(), name.strip(), parsedUnit(), unitGuidance, parsedKind(), outcomeIds);
    }
}
