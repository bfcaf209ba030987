package org.svtracker.domain.commitment.template;

/**
 * One thing wrong with an uploaded template, said so that whoever filled it in can find and fix it.
 *
 * @param row the row of the spreadsheet (as Excel numbers it, or the line of a CSV file), or null
 *     when the problem is the whole file
 * @param column the column at fault, or null when the problem is the whole row or file
 * @param message what is wrong and how to put it right, starting in lower case for a row's problem
 *     ("enter a number greater than 0") and as a sentence for the file's ("The file is empty")
 */
public record TemplateProblem(Integer row, TemplateColumn column, String message) {

    static TemplateProblem ofFile(String message) {
        return new TemplateProblem(null, null, message);
    }

    public boolean isAboutTheWholeFile() {
        return row == null;
    }
}
