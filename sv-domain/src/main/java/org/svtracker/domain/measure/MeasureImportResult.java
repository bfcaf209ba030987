package org.svtracker.domain.measure;

import java.util.List;

/** What an import did: nothing and the problems, or the counts of what it created and changed. */
public record MeasureImportResult(List<CsvProblem> problems, int measuresCreated, int measuresUpdated, int proxiesSet) {

    public boolean imported() {
        return problems.isEmpty();
    }

    static MeasureImportResult refused(List<CsvProblem> problems) {
        return new MeasureImportResult(List.copyOf(problems), 0, 0, 0);
    }
}
