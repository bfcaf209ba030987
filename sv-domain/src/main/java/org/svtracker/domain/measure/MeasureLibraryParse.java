package org.svtracker.domain.measure;

import java.util.List;

/**
 * What reading a measure library file gave: either the measures, or the problems that stop any of
 * them being imported. Never both, so a file is imported whole or not at all.
 */
public record MeasureLibraryParse(List<MeasureDraft> measures, List<CsvProblem> problems) {

    public MeasureLibraryParse {
        measures = List.copyOf(measures);
        problems = List.copyOf(problems);
        if (!measures.isEmpty() && !problems.isEmpty()) {
            throw new IllegalArgumentException("A file with problems must give no measures");
        }
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
