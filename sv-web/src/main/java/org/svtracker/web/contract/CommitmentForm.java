package org.svtracker.web.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.CommitmentTerms;
import org.svtracker.domain.commitment.CommitmentValues.MeasureChoice;
import org.svtracker.domain.commitment.CommitmentView;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.web.form.DateParts;
import org.svtracker.web.form.Numbers;
import org.svtracker.web.layout.ErrorItem;

/**
 * A commitment's form as typed. Quarterly targets come as fields named {@code quarter-<start date>}
 * for each quarter of the contract, so they are read from the request's parameters, not bound.
 */
record CommitmentForm(
        String measureId,
        String primaryOutcomeId,
        String targetQuantity,
        String schedule,
        DateParts dueDate,
        Map<String, String> quarterTargets,
        String narrative,
        String local,
        String deadweightPercent,
        String attributionPercent,
        Long version,
        String formToken) {

    static final String DUE_DATE = "DUE_DATE";
    static final String QUARTERLY = "QUARTERLY";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    static CommitmentForm blank(LocalDate contractEnd, String formToken) {
        return new CommitmentForm(
                "", "", "", DUE_DATE, DateParts.of(contractEnd), Map.of(), "", null, "", "", null, formToken);
    }

    static CommitmentForm of(CommitmentView c) {
        Map<String, String> quarters = new LinkedHashMap<>();
        c.quarterlyTargets().forEach((q, target) -> quarters.put(q.start().toString(), Numbers.text(target)));
        boolean quarterly = !quarters.isEmpty();
        return new CommitmentForm(
                String.valueOf(c.measureId()),
                String.valueOf(c.primaryOutcomeId()),
                quarterly || c.targetQuantity() == null ? "" : Numbers.text(c.targetQuantity()),
                quarterly ? QUARTERLY : DUE_DATE,
                DateParts.of(c.dueDate()),
                quarters,
                c.narrative() == null ? "" : c.narrative(),
                c.local() ? "true" : null,
                Numbers.text(c.deadweightPercent()),
                Numbers.text(c.attributionPercent()),
                c.version(),
                null);
    }

    /** Reads the form from the request's parameters. */
    static CommitmentForm from(Map<String, String> params) {
        Map<String, String> quarters = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("quarter-")) {
                quarters.put(name.substring("quarter-".length()), value);
            }
        });
        String version = params.get("version");
        return new CommitmentForm(
                params.getOrDefault("measureId", ""),
                params.getOrDefault("primaryOutcomeId", ""),
                params.getOrDefault("targetQuantity", ""),
                QUARTERLY.equals(params.get("schedule")) ? QUARTERLY : DUE_DATE,
                new DateParts(
                        params.getOrDefault("dueDate.day", ""),
                        params.getOrDefault("dueDate.month", ""),
                        params.getOrDefault("dueDate.year", "")),
                quarters,
                params.getOrDefault("narrative", ""),
                params.get("local"),
                params.getOrDefault("deadweightPercent", ""),
                params.getOrDefault("attributionPercent", ""),
                version != null && version.matches("\\d{1,18}") ? Long.valueOf(version) : null,
                params.get("formToken"));
    }

    Long chosenMeasure() {
        return measureId != null && measureId.matches("\\d{1,18}") ? Long.valueOf(measureId) : null;
    }

    Long chosenOutcome() {
        return primaryOutcomeId != null && primaryOutcomeId.matches("\\d{1,18}")
                ? Long.valueOf(primaryOutcomeId)
                : null;
    }

    public String quarterValue(Quarter quarter) {
        return quarterTargets.getOrDefault(quarter.start().toString(), "");
    }

    /** What was wrong, in page order, and the terms when nothing was. */
    record Checked(List<ErrorItem> errors, CommitmentTerms terms, BigDecimal totalTarget) {}

    Checked check(List<MeasureChoice> measures, List<Quarter> contractQuarters) {
        List<ErrorItem> errors = new ArrayList<>();
        MeasureChoice measure = measures.stream()
                .filter(m -> Long.valueOf(m.id()).equals(chosenMeasure()))
                .findFirst()
                .orElse(null);
        if (measure == null) {
            errors.add(new ErrorItem("measureId", "procurement.commitment.error.measureMissing"));
        }
        Long outcome = chosenOutcome();
        if (outcome == null) {
            errors.add(new ErrorItem("primaryOutcomeId", "procurement.commitment.error.outcomeMissing"));
        } else if (measure != null && !measure.outcomeIds().contains(outcome)) {
            errors.add(new ErrorItem("primaryOutcomeId", "procurement.commitment.error.outcomeNotServed"));
        }
        boolean narrativeOnly = measure != null && measure.kind() == MeasureKind.NARRATIVE;
        BigDecimal target = null;
        LocalDate due = null;
        SortedMap<Quarter, BigDecimal> quarterly = new TreeMap<>();
        if (narrativeOnly) {
            if (!Numbers.isBlank(targetQuantity)) {
                errors.add(new ErrorItem("targetQuantity", "procurement.commitment.error.narrativeHasNoTarget"));
            }
            if (!dueDate.isBlank()) {
                due = dueDate.toDate().orElse(null);
                if (due == null) {
                    errors.add(new ErrorItem("dueDate", "procurement.commitment.error.dueNotReal"));
                }
            }
        } else if (QUARTERLY.equals(schedule)) {
            for (Quarter quarter : contractQuarters) {
                String typed = quarterValue(quarter);
                if (Numbers.isBlank(typed)) {
                    continue;
                }
                BigDecimal amount = Numbers.SIGNED_QUANTITY.parse(typed).orElse(null);
                if (amount == null || amount.signum() <= 0) {
                    errors.add(new ErrorItem(
                            "quarter-" + quarter.start(),
                            "procurement.commitment.error.quarterNotNumber",
                            quarter.label()));
                } else {
                    quarterly.put(quarter, amount);
                }
            }
            if (quarterly.isEmpty()
                    && errors.stream().noneMatch(e -> e.fieldId().startsWith("quarter-"))) {
                String first = contractQuarters.isEmpty()
                        ? "schedule"
                        : "quarter-" + contractQuarters.get(0).start();
                errors.add(new ErrorItem(first, "procurement.commitment.error.quartersMissing"));
            }
        } else {
            if (Numbers.isBlank(targetQuantity)) {
                errors.add(new ErrorItem("targetQuantity", "procurement.commitment.error.targetMissing"));
            } else {
                target = Numbers.SIGNED_QUANTITY.parse(targetQuantity).orElse(null);
                if (target == null || target.signum() <= 0) {
                    errors.add(new ErrorItem("targetQuantity", "procurement.commitment.error.targetNotNumber"));
                    target = null;
                }
            }
            if (dueDate.isBlank()) {
                errors.add(new ErrorItem("dueDate", "procurement.commitment.error.dueMissing"));
            } else {
                due = dueDate.toDate().orElse(null);
                if (due == null) {
                    errors.add(new ErrorItem("dueDate", "procurement.commitment.error.dueNotReal"));
                }
            }
        }
        if (narrativeOnly && Numbers.isBlank(narrative)) {
            errors.add(new ErrorItem("narrative", "procurement.commitment.error.narrativeMissing"));
        } else if (narrative != null && narrative.trim().length() > 4000) {
            errors.add(new ErrorItem("narrative", "procurement.commitment.error.narrativeTooLong"));
        }
        BigDecimal deadweight = percent(deadweightPercent, "deadweightPercent", errors);
        BigDecimal attribution = percent(attributionPercent, "attributionPercent", errors);
        BigDecimal total =
                target != null ? target : quarterly.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!errors.isEmpty()) {
            return new Checked(errors, null, total.signum() == 0 ? null : total);
        }
        boolean useQuarters = !narrativeOnly && QUARTERLY.equals(schedule);
        return new Checked(
                errors,
                new CommitmentTerms(
                        measure.id(),
                        narrativeOnly || useQuarters ? null : target,
                        useQuarters ? null : due,
                        useQuarters ? quarterly : null,
                        outcome,
                        Numbers.isBlank(narrative) ? null : narrative.trim(),
                        "true".equals(local),
                        deadweight,
                        attribution),
                narrativeOnly ? null : total);
    }

    /** The deadweight typed, when it is a percentage between 0 and 100: the preview values with it whatever else is wrong. */
    BigDecimal deadweight() {
        return percent(deadweightPercent, "deadweightPercent", new ArrayList<>());
    }

    /** The attribution typed, when it is a percentage between 0 and 100. */
    BigDecimal attribution() {
        return percent(attributionPercent, "attributionPercent", new ArrayList<>());
    }

    private static BigDecimal percent(String text, String id, List<ErrorItem> errors) {
        if (Numbers.isBlank(text)) {
            return null;
        }
        BigDecimal percent = Numbers.SIGNED_AMOUNT.parse(text).orElse(null);
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            errors.add(new ErrorItem(id, "procurement.commitment.error.percent"));
            return null;
        }
        return percent;
    }
}
