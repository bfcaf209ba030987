package org.svtracker.domain.measure;

import java.util.Locale;
import java.util.Optional;

/** How a measure's delivery is expressed: in pounds through a proxy, as a quantity, or in words. */
public enum MeasureKind {
    /** A quantity with a £ proxy value per unit, so it adds to the social value in pounds. */
    VALUED,
    /** A quantity with no proxy: reported in its unit, never in pounds. */
    COUNTED,
    /** Words only: no unit, no quantity, no proxy. */
    NARRATIVE;

    /** The word councils use in files and on screen: valued, counted or narrative. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a label in any case, ignoring surrounding spaces. */
    public static Optional<MeasureKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        for (MeasureKind kind : values()) {
            if (kind.label().equalsIgnoreCase(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
