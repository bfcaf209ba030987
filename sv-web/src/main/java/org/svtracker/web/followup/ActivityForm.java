package org.svtracker.web.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.svtracker.domain.beyond.ActivityKind;
import org.svtracker.domain.beyond.ActivityView;
import org.svtracker.domain.beyond.NewActivity;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.web.form.DateParts;
import org.svtracker.web.form.Numbers;
import org.svtracker.web.layout.ErrorItem;

/** A beyond-procurement activity as typed: what kind, what, which outcome, when, and how much or in words. */
record ActivityForm(
        String formToken,
        Long version,
        String kind,
        String title,
        String description,
        String outcomeId,
        DateParts activityDate,
        String quantity,
        String unit) {

    ActivityForm {
        activityDate = activityDate == null ? DateParts.empty() : activityDate;
    }

    static ActivityForm empty(String token) {
        return new ActivityForm(token, null, "", "", "", "", DateParts.empty(), "", "");
    }

    static ActivityForm of(ActivityView view) {
        return new ActivityForm(
                null,
                view.version(),
                view.kind().name(),
                view.title(),
                view.description() == null ? "" : view.description(),
                String.valueOf(view.outcomeId()),
                DateParts.of(view.activityDate()),
                view.quantity() == null ? "" : view.quantity().toPlainString(),
                view.unit() == null ? "" : view.unit().name());
    }

    Optional<ActivityKind> kindChosen() {
        return Arrays.stream(ActivityKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst();
    }

    Optional<MeasureUnit> unitChosen() {
        return Arrays.stream(MeasureUnit.values())
                .filter(u -> u.name().equals(unit))
                .findFirst();
    }

    /** A quantity of at most 11 whole digits and 3 decimals, zero or more. */
    Optional<BigDecimal> quantityGiven() {
        return Numbers.QUANTITY.parse(quantity);
    }

    List<ErrorItem> problems() {
        List<ErrorItem> errors = new ArrayList<>();
        if (kindChosen().isEmpty()) {
            errors.add(new ErrorItem("kind", "followUp.activity.error.kindMissing"));
        }
        if (title == null || title.isBlank()) {
            errors.add(new ErrorItem("title", "followUp.activity.error.titleMissing"));
        } else if (title.strip().length() > 200) {
            errors.add(new ErrorItem("title", "followUp.error.tooLong", 200));
        }
        boolean hasQuantity = quantity != null && !quantity.isBlank();
        boolean hasDescription = description != null && !description.isBlank();
        if (description != null && description.strip().length() > 4000) {
            errors.add(new ErrorItem("description", "followUp.error.tooLong", 4000));
        } else if (!hasQuantity && !hasDescription) {
            errors.add(new ErrorItem("description", "followUp.activity.error.quantityOrNarrative"));
        }
        if (Choices.id(outcomeId).isEmpty()) {
            errors.add(new ErrorItem("outcomeId", "followUp.error.outcomeMissing"));
        }
        if (activityDate.isBlank()) {
            errors.add(new ErrorItem("activityDate", "followUp.activity.error.dateMissing"));
        } else if (activityDate.toDate().isEmpty()) {
            errors.add(new ErrorItem("activityDate", "followUp.error.dateInvalid"));
        }
        if (hasQuantity && quantityGiven().isEmpty()) {
            errors.add(new ErrorItem("quantity", "followUp.activity.error.quantityInvalid"));
        }
        if (hasQuantity && unitChosen().isEmpty()) {
            errors.add(new ErrorItem("unit", "followUp.activity.error.unitMissing"));
        }
        if (!hasQuantity && unitChosen().isPresent()) {
            errors.add(new ErrorItem("quantity", "followUp.activity.error.quantityMissing"));
        }
        return errors;
    }

    /** The activity to record; call only when there are no problems. */
    NewActivity toActivity() {
        boolean hasQuantity = quantity != null && !quantity.isBlank();
        return new NewActivity(
                kindChosen().orElseThrow(),
                title.strip(),
                description == null || description.isBlank() ? null : description.strip(),
                Choices.id(outcomeId).orElseThrow(),
                activityDate.toDate().orElseThrow(),
                hasQuantity ? quantityGiven().orElseThrow() : null,
                hasQuantity ? unitChosen().orElseThrow() : null);
    }
}
