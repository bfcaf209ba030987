package org.svtracker.domain.commitment.template;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value as a spreadsheet holds it: text (every CSV value, and text cells), or a number, which
 * Excel may show as a date or as a percentage.
 */
record TemplateCell(String text, BigDecimal number, LocalDate date, boolean percentFormat) {

    static final TemplateCell BLANK = new TemplateCell("", null, null, false);

    static TemplateCell text(String text) {
        return new TemplateCell(text == null ? "" : text, null, null, false);
    }

    static TemplateCell number(BigDecimal number, boolean percentFormat) {
        return new TemplateCell(number.toPlainString(), number, null, percentFormat);
    }

    static TemplateCell date(LocalDate date) {
        return new TemplateCell(date.toString(), null, date, false);
    }

    boolean isBlank() {
        return number == null && date == null && text.isBlank();
    }

    String strip() {
        return text.strip();
    }
}
