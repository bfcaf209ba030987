package org.svtracker.domain.measure;

import java.util.List;
import java.util.Objects;

/**
 * A measure read from a measure library file and found valid, ready to be saved.
 *
 * @param unit null for a narrative measure
 * @param unitGuidance null when the file gave none
 * @param outcomeCodes the council's outcome codes in file order; empty for a shared library
 * @param proxies one per financial year, in year order; empty unless the measure is valued
 */
public record MeasureDraft(
        String code,
        String name,
        MeasureUnit unit,
        String unitGuidance,
        MeasureKind kind,
        List<String> outcomeCodes,
        List<ProxyDraft> proxies) {

    public MeasureDraft {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        outcomeCodes = List.copyOf(outcomeCodes);
        proxies = List.copyOf(proxies);
    }
}
