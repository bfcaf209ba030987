package org.svtracker.domain.commitment.template;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the commitments template, in the order the files give them. The unit is shown to
 * help whoever fills the file in and is never read back: the measure decides it.
 */
public enum TemplateColumn {
    MEASURE("Measure", "measure code"),
    UNIT("Unit"),
    TARGET_QUANTITY("Target quantity"),
    DUE_DATE("Due date"),
    PRIMARY_OUTCOME("Primary outcome", "primary outcome code", "outcome"),
    LOCAL("Local"),
    DEADWEIGHT("Deadweight %", "deadweight"),
    ATTRIBUTION("Attribution %", "attribution"),
    NARRATIVE("Narrative");

    private final String header;
    private final List<String> otherNames;

    TemplateColumn(String header, String... otherNames) {
        this.header = header;
        this.otherNames = List.of(otherNames);
    }

    /** The heading of the column in the files, e.g. "Target quantity". */
    public String header() {
        return header;
    }

    /** The column as a sentence names it, e.g. "target quantity", in "Row 4, target quantity: ...". */
    public String inSentence() {
        return header.replace(" %", "").toLowerCase(Locale.ROOT);
    }

    /** Whether the column is read back; the unit is only shown. */
    public boolean isInput() {
        return this != UNIT;
    }

    /** Finds a column by its heading in any case, or by the other names people give it. */
    public static Optional<TemplateColumn> byHeader(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (TemplateColumn column : values()) {
            if (column.header.toLowerCase(Locale.ROOT).equals(wanted) || column.otherNames.contains(wanted)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
