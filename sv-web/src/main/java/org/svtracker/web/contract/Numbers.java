package org.svtracker.web.contract;

import java.math.BigDecimal;
import java.util.Optional;

/** Reading the numbers people type: amounts with or without £ and commas, percentages, quantities. */
final class Numbers {

    private Numbers() {}

    /** A plain decimal with at most {@code scale} decimal places, once £, commas, % and spaces are removed. */
    static Optional<BigDecimal> parse(String text, int scale) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.replace("£", "").replace(",", "").replace("%", "").trim();
        if (!plain.matches("-?\\d{1,12}(\\.\\d{1," + scale + "})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** A number for a form field: without trailing zeros, never in exponent form. */
    static String text(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
