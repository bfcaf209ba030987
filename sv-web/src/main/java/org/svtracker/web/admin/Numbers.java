package org.svtracker.web.admin;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the amounts and percentages people type: spaces, a £ sign and thousands commas allowed. */
final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d{1,2})?");

    private Numbers() {}

    /** The number typed, with at most 2 decimals, or empty when it is not one. */
    static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.strip().replace(",", "");
        if (plain.startsWith("£")) {
            plain = plain.substring(1).strip();
        }
        if (plain.endsWith("%")) {
            plain = plain.substring(0, plain.length() - 1).strip();
        }
        if (!DECIMAL.matcher(plain).matches() || plain.length() > 20) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** How a stored number is shown back in a form: no trailing zeros, no exponent. */
    static String show(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
