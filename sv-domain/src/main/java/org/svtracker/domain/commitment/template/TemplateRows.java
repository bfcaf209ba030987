package org.svtracker.domain.commitment.template;

import java.util.List;
import java.util.Map;

/**
 * What was read from an uploaded template before any rule is applied: its filled-in rows, the
 * contract reference it names (XLSX only), and anything that stops the file being read at all.
 */
record TemplateRows(List<Row> rows, String contractReference, List<TemplateProblem> problems) {

    /** One filled-in row, numbered as the spreadsheet numbers it. */
    record Row(int number, Map<TemplateColumn, TemplateCell> cells) {

        TemplateCell cell(TemplateColumn column) {
            return cells.getOrDefault(column, TemplateCell.BLANK);
        }
    }

    TemplateRows {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    static TemplateRows refused(TemplateProblem problem) {
        return new TemplateRows(List.of(), null, List.of(problem));
    }
}
