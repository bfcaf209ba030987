package org.svtracker.web.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.returns.ReturnStatus;

/** How the delivery pages write quantities and colour their tags; templates call it as {@code @deliveryFormat}. */
@Component("deliveryFormat")
public class DeliveryFormat {

    /** A quantity in its unit, to at most 3 decimals: "12.5 FTE", "£1,200", "40 hours", "7". */
    public String quantity(BigDecimal quantity, MeasureUnit unit) {
        if (quantity == null) {
            return "";
        }
        String number = number(quantity);
        if (unit == null || unit == MeasureUnit.NUMBER) {
            return number;
        }
        return unit == MeasureUnit.POUNDS ? "£" + number : number + " " + unit.label();
    }

    /** A plain number, to at most 3 decimals, with thousands separated. */
    public String number(BigDecimal quantity) {
        if (quantity == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(quantity.setScale(3, RoundingMode.HALF_UP));
    }

    /** The GOV.UK tag colour of a RAG status. */
    public String ragClass(RagStatus status) {
        return switch (status) {
            case RED -> "govuk-tag--red";
            case AMBER -> "govuk-tag--orange";
            case GREEN -> "govuk-tag--green";
            case COMPLETE -> "govuk-tag--blue";
            case NOT_STARTED -> "govuk-tag--grey";
        };
    }

    /** The GOV.UK tag colour of a return's state. */
    public String statusClass(ReturnStatus status) {
        return switch (status) {
            case DRAFT -> "govuk-tag--grey";
            case SUBMITTED -> "govuk-tag--light-blue";
            case VERIFIED -> "govuk-tag--green";
            case QUERIED -> "govuk-tag--yellow";
            case REJECTED -> "govuk-tag--red";
        };
    }

    /** A file size people read: "820 bytes", "14 KB", "2.3 MB". */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.UK)).format(bytes / (1024.0 * 1024))
                + " MB";
    }
}
