package org.svtracker.domain.supplier;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode in its canonical written form, {@code SW1A 1AA}, so suppliers can be matched to a
 * contract's definition of "local" however the postcode was typed.
 *
 * <p>The format is the UK government's: an outward code of the form A9, A99, AA9, AA99, A9A or AA9A,
 * one space, and an inward code 9AA; {@code GIR 0AA} is accepted as the one historic exception. The
 * format is checked, not whether the postcode exists.
 */
public final class UkPostcode {

    private static final Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}\\d{1,2}|[A-Z]{1,2}\\d[A-Z]");
    private static final Pattern INWARD = Pattern.compile("\\d[A-Z]{2}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int INWARD_LENGTH = 3;

    private UkPostcode() {}

    /**
     * The postcode upper-cased with exactly one space before the inward code ({@code "sw1a1aa"} is
     * {@code "SW1A 1AA"}), or empty when it is not in the postcode format.
     */
    public static Optional<String> normalise(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String compact = WHITESPACE.matcher(postcode).replaceAll("").toUpperCase(Locale.ROOT);
        if (compact.length() <= INWARD_LENGTH) {
            return Optional.empty();
        }
        String outward = compact.substring(0, compact.length() - INWARD_LENGTH);
        String inward = compact.substring(compact.length() - INWARD_LENGTH);
        boolean valid = ("GIR".equals(outward) && "0AA".equals(inward))
                || (OUTWARD.matcher(outward).matches() && INWARD.matcher(inward).matches());
        return valid ? Optional.of(outward + " " + inward) : Optional.empty();
    }

    public static boolean isValid(String postcode) {
        return normalise(postcode).isPresent();
    }
}
