package org.svtracker.web.form;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the numbers people type into forms, by one rule for every form: spaces around the number,
 * thousands commas, a £ sign and a % sign are ignored; what is left must be whole digits with at
 * most as many decimals as the field takes. Each field says how big a number and how many decimals
 * it takes, and whether a minus sign is read (so that its form can say "must not be negative")
 * or refused as not a number.
 */
public record Numbers(int wholeDigits, int decimals, boolean minusAllowed) {

    /** Pounds or a percentage: up to 12 whole digits and 2 decimals, never negative. */
    public static final Numbers AMOUNT = new Numbers(12, 2, false);

    /** Pounds or a percentage of any size up to 20 digits, for forms that say themselves what is too much. */
    public static final Numbers UNCAPPED_AMOUNT = new Numbers(20, 2, false);

    /** Pounds or a percentage that may be typed negative, so that the form can say it must not be. */
    public static final Numbers SIGNED_AMOUNT = new Numbers(12, 2, true);

    /** A quantity: up to 11 whole digits and 3 decimals, never negative. */
    public static final Numbers QUANTITY = new Numbers(11, 3, false);

    /** A quantity that may be typed negative, so that the form can say it must be more than zero. */
    public static final Numbers SIGNED_QUANTITY = new Numbers(12, 3, true);

    /** The number typed, or empty when it is not one this field takes. */
    public Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = cleaned(text);
        String sign = minusAllowed ? "-?" : "";
        if (!Pattern.matches(sign + "\\d{1," + wholeDigits + "}(\\.\\d{1," + decimals + "})?", plain)) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }

    /**
     * Any number typed, in plain or exponent form and of any sign or size, cleaned by the same rule:
     * for a field whose limits are the domain's to judge and say (a return's quantity), so that
     * every way in refuses the same number with the same words.
     */
    public static Optional<BigDecimal> anyNumber(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(cleaned(text)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String cleaned(String text) {
        return text.replace("£", "").replace(",", "").replace("%", "").strip();
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** How a stored number is shown back in a form: no trailing zeros, never in exponent form. */
    public static String text(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
