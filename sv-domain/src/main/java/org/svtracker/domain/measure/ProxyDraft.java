package org.svtracker.domain.measure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A £ value per unit of a measure for one financial year, with where it comes from and under which
 * licence it may be used.
 *
 * @param financialYearStart the calendar year the financial year starts in: 2024 means 2024/25
 * @param valuePerUnit pounds, positive, scale 2
 */
public record ProxyDraft(int financialYearStart, BigDecimal valuePerUnit, String source, String licence) {

    public ProxyDraft {
        Objects.requireNonNull(valuePerUnit, "valuePerUnit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(licence, "licence");
    }

    /** The financial year as councils write it, e.g. "2024/25". */
    public String financialYear() {
        return financialYear(financialYearStart);
    }

    static String financialYear(int start) {
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }
}
