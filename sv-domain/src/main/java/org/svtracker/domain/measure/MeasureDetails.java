package org.svtracker.domain.measure;

import java.util.List;

/**
 * What a council admin says about a measure of the library: its code, name, unit (none for a
 * narrative measure), how to count that unit, its kind and the council's outcomes it serves.
 */
public record MeasureDetails(
        String code, String name, MeasureUnit unit, String unitGuidance, MeasureKind kind, List<Long> outcomeIds) {

    public MeasureDetails {
        outcomeIds = List.copyOf(outcomeIds);
    }
}
