package org.svtracker.domain.commitment.template;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.svtracker.domain.framework.FrameworkView.OutcomeView;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureView;

/**
 * Checks every row of an uploaded template against the council's library and framework. Every
 * problem of every row is reported, and a template with any problem gives no commitments, so that
 * what is created is all of the file or none of it.
 */
record TemplateCheck(List<CommitmentDraft> drafts, List<TemplateProblem> problems) {

    static final int MAX_NARRATIVE = 4000;
    /** Quantities are stored as numeric(14,3). */
    private static final BigDecimal TOO_MUCH = new BigDecimal("100000000000");

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?|-?\\.\\d+");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd"),
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK));
    private static final Set<String> YES = Set.of("yes", "y", "true", "1");
    private static final Set<String> NO = Set.of("no", "n", "false", "0");
    private static final String DATE_EXAMPLE = "like 31/03/2028";

    TemplateCheck {
        drafts = List.copyOf(drafts);
        problems = List.copyOf(problems);
        if (!drafts.isEmpty() && !problems.isEmpty()) {
            throw new IllegalArgumentException("A template with problems gives no commitments");
        }
    }

    boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * Checks what was read from a file.
     *
     * @param contractReference the reference of the contract the file is uploaded to: a workbook made
     *     for another contract is refused
     */
    static TemplateCheck of(TemplateRows file, TemplateCatalogue catalogue, String contractReference) {
        if (file.contractReference() != null
                && !file.contractReference().isBlank()
                && !file.contractReference().strip().equalsIgnoreCase(contractReference)) {
            return new TemplateCheck(
                    List.of(),
                    List.of(TemplateProblem.ofFile("The file is the template of contract "
                            + file.contractReference().strip() + ", not of " + contractReference
                            + ". Upload it on that contract's page, or download this contract's template")));
        }
        if (!file.problems().isEmpty()) {
            return new TemplateCheck(List.of(), file.problems());
        }
        Map<String, MeasureView> measures = catalogue.measuresByCode();
        Map<String, OutcomeView> outcomes = catalogue.outcomesByCode();
        List<CommitmentDraft> drafts = new ArrayList<>();
        List<TemplateProblem> problems = new ArrayList<>();
        for (TemplateRows.Row row : file.rows()) {
            new RowCheck(row, catalogue, measures, outcomes, problems).draft().ifPresent(drafts::add);
        }
        return problems.isEmpty() ? new TemplateCheck(drafts, List.of()) : new TemplateCheck(List.of(), problems);
    }

    /** The checks of one row, each adding its problem and giving null for the value it could not read. */
    private static final class RowCheck {
        private final TemplateRows.Row row;
        private final TemplateCatalogue catalogue;
        private final Map<String, MeasureView> measures;
        private final Map<String, OutcomeView> outcomes;
        private final List<TemplateProblem> problems;
        private final int problemsBefore;

        RowCheck(
                TemplateRows.Row row,
                TemplateCatalogue catalogue,
                Map<String, MeasureView> measures,
                Map<String, OutcomeView> outcomes,
                List<TemplateProblem> problems) {
            this.row = row;
            this.catalogue = catalogue;
            this.measures = measures;
            this.outcomes = outcomes;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        java.util.Optional<CommitmentDraft> draft() {
            MeasureView measure = measure();
            boolean narrative = measure != null && measure.kind() == MeasureKind.NARRATIVE;
            BigDecimal quantity = quantity(measure, narrative);
            LocalDate due = dueDate(measure != null && !narrative);
            OutcomeView outcome = outcome(measure);
            boolean local = local();
            BigDecimal deadweight = percent(TemplateColumn.DEADWEIGHT);
            BigDecimal attribution = percent(TemplateColumn.ATTRIBUTION);
            String text = narrative(measure, narrative);
            if (problems.size() > problemsBefore) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new CommitmentDraft(
                    row.number(), measure, quantity, due, outcome, local, deadweight, attribution, text));
        }

        private MeasureView measure() {
            TemplateCell cell = row.cell(TemplateColumn.MEASURE);
            if (cell.isBlank()) {
                problem(TemplateColumn.MEASURE, "select a measure from the list, or enter a measure code");
                return null;
            }
            return byCode(cell, measures, TemplateColumn.MEASURE, "measure", "library");
        }

        /** The measure or outcome a cell names by its code (or its list entry), or a problem saying there is none. */
        private <T> T byCode(
                TemplateCell cell, Map<String, T> byCode, TemplateColumn column, String what, String where) {
            String code = TemplateCatalogue.codeOf(cell.text());
            T found = byCode.get(code.toUpperCase(Locale.ROOT));
            if (found == null) {
                problem(
                        column,
                        "there is no " + what + " \"" + code + "\" in the council's " + where
                                + ": select one from the list");
            }
            return found;
        }

        private BigDecimal quantity(MeasureView measure, boolean narrative) {
            TemplateCell cell = row.cell(TemplateColumn.TARGET_QUANTITY);
            if (narrative) {
                if (!cell.isBlank()) {
                    problem(
                            TemplateColumn.TARGET_QUANTITY,
                            "leave it blank: " + measure.code()
                                    + " is a narrative measure, so describe the commitment in the narrative instead");
                }
                return null;
            }
            if (cell.isBlank()) {
                if (measure != null) {
                    problem(
                            TemplateColumn.TARGET_QUANTITY,
                            "enter the target quantity, in " + measure.unit().label());
                } else {
                    problem(TemplateColumn.TARGET_QUANTITY, "enter the target quantity");
                }
                return null;
            }
            BigDecimal quantity = number(cell);
            if (quantity == null) {
                problem(TemplateColumn.TARGET_QUANTITY, "enter a number, like 12.5");
            } else if (quantity.signum() <= 0) {
                problem(TemplateColumn.TARGET_QUANTITY, "enter a number greater than 0");
            } else if (quantity.stripTrailingZeros().scale() > 3) {
                problem(TemplateColumn.TARGET_QUANTITY, "enter a number with at most 3 decimal places");
            } else if (quantity.compareTo(TOO_MUCH) >= 0) {
                problem(TemplateColumn.TARGET_QUANTITY, "enter a number less than 100,000,000,000");
            } else {
                return quantity.stripTrailingZeros().scale() < 0 ? quantity.setScale(0) : quantity.stripTrailingZeros();
            }
            return null;
        }

        private LocalDate dueDate(boolean required) {
            TemplateCell cell = row.cell(TemplateColumn.DUE_DATE);
            if (cell.isBlank()) {
                if (required) {
                    problem(TemplateColumn.DUE_DATE, "enter the date the target is due, " + DATE_EXAMPLE);
                }
                return null;
            }
            LocalDate date = cell.date() != null ? cell.date() : date(cell.strip());
            if (date == null) {
                problem(TemplateColumn.DUE_DATE, "enter a real date, " + DATE_EXAMPLE);
            } else if (date.getYear() < 2000 || date.getYear() > 2100) {
                problem(TemplateColumn.DUE_DATE, "enter a date between the years 2000 and 2100");
            } else {
                return date;
            }
            return null;
        }

        private OutcomeView outcome(MeasureView measure) {
            TemplateCell cell = row.cell(TemplateColumn.PRIMARY_OUTCOME);
            List<OutcomeView> served = measure == null ? List.of() : catalogue.openOutcomesOf(measure);
            if (cell.isBlank()) {
                if (measure == null) {
                    return null;
                }
                if (served.isEmpty()) {
                    problem(
                            TemplateColumn.PRIMARY_OUTCOME,
                            measure.code() + " serves none of the council's current outcomes: choose another measure");
                    return null;
                }
                return served.get(0); // the measure's natural primary outcome
            }
            OutcomeView outcome = byCode(cell, outcomes, TemplateColumn.PRIMARY_OUTCOME, "outcome", "framework");
            if (outcome == null) {
                return null;
            }
            if (outcome.retired()) {
                problem(
                        TemplateColumn.PRIMARY_OUTCOME,
                        "outcome " + outcome.code() + " has been retired: choose another");
                return null;
            }
            if (measure != null && served.stream().noneMatch(o -> o.id() == outcome.id())) {
                problem(
                        TemplateColumn.PRIMARY_OUTCOME,
                        "measure " + measure.code() + " does not serve outcome " + outcome.code()
                                + (served.isEmpty()
                                        ? ""
                                        : ": choose "
                                                + served.stream()
                                                        .map(OutcomeView::code)
                                                        .collect(Collectors.joining(
                                                                ", ", served.size() > 1 ? "one of " : "", ""))
                                                + ", or leave it blank for "
                                                + served.get(0).code()));
                return null;
            }
            return outcome;
        }

        private boolean local() {
            TemplateCell cell = row.cell(TemplateColumn.LOCAL);
            String answer = cell.strip().toLowerCase(Locale.ROOT);
            if (cell.isBlank() || NO.contains(answer)) {
                return false;
            }
            if (YES.contains(answer)) {
                return true;
            }
            problem(TemplateColumn.LOCAL, "enter yes or no");
            return false;
        }

        private BigDecimal percent(TemplateColumn column) {
            TemplateCell cell = row.cell(column);
            if (cell.isBlank()) {
                return null;
            }
            BigDecimal percent;
            if (cell.number() != null) {
                percent = cell.percentFormat() ? cell.number().movePointRight(2) : cell.number();
            } else {
                String text = cell.strip();
                percent = number(TemplateCell.text(text.endsWith("%") ? text.substring(0, text.length() - 1) : text));
            }
            if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                problem(column, "enter a percentage from 0 to 100, like 25");
                return null;
            }
            if (percent.stripTrailingZeros().scale() > 2) {
                problem(column, "enter a percentage with at most 2 decimal places");
                return null;
            }
            return percent.stripTrailingZeros().scale() < 0 ? percent.setScale(0) : percent.stripTrailingZeros();
        }

        private String narrative(MeasureView measure, boolean required) {
            String text = row.cell(TemplateColumn.NARRATIVE).strip();
            if (text.isEmpty()) {
                if (required) {
                    problem(
                            TemplateColumn.NARRATIVE,
                            "describe the commitment: " + measure.code() + " is a narrative measure");
                }
                return null;
            }
            if (text.length() > MAX_NARRATIVE) {
                problem(TemplateColumn.NARRATIVE, "enter at most 4,000 characters (this has " + text.length() + ")");
                return null;
            }
            return text;
        }

        private void problem(TemplateColumn column, String message) {
            problems.add(new TemplateProblem(row.number(), column, message));
        }
    }

    /** A number as a cell holds it or as text, with thousands separated by commas or not; else null. */
    private static BigDecimal number(TemplateCell cell) {
        if (cell.number() != null) {
            return cell.number();
        }
        String text = cell.strip().replace(" ", "");
        if (GROUPED_NUMBER.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        if (!PLAIN_NUMBER.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text);
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format.withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeException e) {
                // try the next way of writing a date
            }
        }
        return null;
    }
}
