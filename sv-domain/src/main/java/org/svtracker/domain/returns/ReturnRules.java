package org.svtracker.domain.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.measure.MeasureKind;

/**
 * The rules of what a return says, in one place. {@link Returns} applies them to every return it
 * records, whoever sends it; a form or the API may also ask for them early, with what it knows so
 * far, to list every problem of a request at once. Each problem names its field and message.
 */
public final class ReturnRules {

    /** The longest description of what was done. */
    public static final int LONGEST_NARRATIVE = 4000;

    /** numeric(14,3): 11 digits before the decimal point and 3 after it. */
    static final int MOST_DECIMALS = 3;

    static final BigDecimal TOO_LARGE = new BigDecimal("100000000000");

    private ReturnRules() {}

    /** The problems of what a return says, whatever its measure; declarations null unless submitting. */
    public static List<ReturnProblem> problems(MeasureKind kind, ReturnContent content, Declarations declarations) {
        return problems(kind, content, declarations, null, null);
    }

    /**
     * The problems of a return's content. {@code kind} is the measure's kind, or null while the
     * commitment is not known; {@code declarations} are null unless the return is being submitted;
     * {@code period} is null unless a new return is being started.
     */
    public static List<ReturnProblem> problems(
            MeasureKind kind, ReturnContent content, Declarations declarations, Quarter period, LocalDate today) {
        boolean submitting = declarations != null;
        List<ReturnProblem> problems = new ArrayList<>();
        if (period != null && period.start().isAfter(today)) {
            problems.add(ReturnProblem.of(ReturnProblem.PERIOD, "return.refused.period.notStarted", period.label()));
        }
        quantityProblem(kind, content.quantity(), submitting).ifPresent(problems::add);
        String narrative = content.narrative();
        if (narrative != null && narrative.length() > LONGEST_NARRATIVE) {
            problems.add(
                    ReturnProblem.of(ReturnProblem.NARRATIVE, "return.refused.narrative.tooLong", LONGEST_NARRATIVE));
        } else if (submitting && narrative == null) {
            problems.add(ReturnProblem.of(
                    ReturnProblem.NARRATIVE,
                    kind == MeasureKind.NARRATIVE
                            ? "return.refused.narrative.missingForNarrativeMeasure"
                            : "return.refused.narrative.missing"));
        }
        if (submitting && !declarations.both()) {
            problems.add(ReturnProblem.of(ReturnProblem.DECLARATIONS, "return.refused.declarations"));
        }
        return problems;
    }

    private static java.util.Optional<ReturnProblem> quantityProblem(
            MeasureKind kind, BigDecimal quantity, boolean submitting) {
        String key = null;
        if (quantity == null) {
            key = submitting && kind != null && kind != MeasureKind.NARRATIVE
                    ? "return.refused.quantity.missing"
                    : null;
        } else if (kind == MeasureKind.NARRATIVE) {
            key = "return.refused.quantity.narrative";
        } else if (quantity.signum() < 0) {
            key = "return.refused.quantity.negative";
        } else if (quantity.stripTrailingZeros().scale() > MOST_DECIMALS) {
            key = "return.refused.quantity.decimals";
        } else if (quantity.compareTo(TOO_LARGE) >= 0) {
            key = "return.refused.quantity.tooLarge";
        }
        return java.util.Optional.ofNullable(key).map(k -> ReturnProblem.of(ReturnProblem.QUANTITY, k));
    }
}
