package org.svtracker.web.bidtemplate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.svtracker.domain.commitment.template.UploadPreview;
import org.svtracker.domain.money.Money;

/** The preview of an upload as its page shows it: the table's cells and the figures, formatted. */
record PreviewPage(UploadPreview preview, List<List<Object>> rows) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static PreviewPage of(UploadPreview preview) {
        List<List<Object>> rows = preview.lines().stream()
                .map(line -> List.<Object>of(
                        String.valueOf(line.row()),
                        line.measureCode() + " " + line.measureName(),
                        line.targetQuantity() == null ? "–" : quantity(line.targetQuantity()) + " " + line.unit(),
                        line.dueDate() == null ? "–" : DATE.format(line.dueDate()),
                        line.outcomeCode() + " " + line.outcomeName(),
                        line.local() ? "Yes" : "No",
                        money(line.gross()),
                        money(line.net())))
                .toList();
        return new PreviewPage(preview, rows);
    }

    /** A quantity with thousands separated and at most 3 decimals: 1,200 or 2.5. */
    static String quantity(BigDecimal quantity) {
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.UK)).format(quantity);
    }

    static String percent(BigDecimal percent) {
        return percent == null
                ? "–"
                : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(percent) + "%";
    }

    private static Object money(Money value) {
        return Map.of("text", value == null ? "–" : value.toString(), "format", "numeric");
    }

    public String percentOfContractValue() {
        return percent(preview.percentOfContractValue());
    }

    public String targetPercent() {
        return percent(preview.targetPercent());
    }
}
