package org.svtracker.domain.measure;

import java.util.Optional;

/** The unit a measure's quantity is counted in. */
public enum MeasureUnit {
    FTE("FTE"),
    WEEKS("weeks"),
    HOURS("hours"),
    POUNDS("£"),
    TCO2E("tCO2e"),
    TONNES("tonnes"),
    NUMBER("number");

    private final String label;

    MeasureUnit(String label) {
        this.label = label;
    }

    /** How the unit is written on screen and in files, e.g. "weeks" or "£". */
    public String label() {
        return label;
    }

    /** The unit stored under its name in a column, or null for a measure without one. */
    public static MeasureUnit ofStored(String name) {
        return name == null ? null : valueOf(name);
    }

    /**
     * Reads a label in any case, ignoring surrounding spaces. "GBP" also means pounds, because
     * spreadsheets exported on some systems lose the £ sign.
     */
    public static Optional<MeasureUnit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        if (wanted.equalsIgnoreCase("GBP")) {
            return Optional.of(POUNDS);
        }
        for (MeasureUnit unit : values()) {
            if (unit.label.equalsIgnoreCase(wanted)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
