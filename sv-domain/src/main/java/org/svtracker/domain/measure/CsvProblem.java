package org.svtracker.domain.measure;

/**
 * One thing wrong with an uploaded file, said so that a council officer can find and fix it.
 *
 * @param line the physical line of the file where the row starts, the header being line 1
 * @param column the header name of the column at fault, or null when the problem is the whole row
 *     or the whole file
 */
public record CsvProblem(int line, String column, String message) {}
