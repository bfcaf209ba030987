package org.svtracker.domain.supplier;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The company number Companies House gives a registered organisation, kept in one written form so
 * that the same supplier is found however an officer typed it.
 *
 * <p>A number is eight digits ({@code 01234567}) or two letters and six digits ({@code SC123456},
 * {@code OC301234}); Companies House drops leading zeros in some listings, so a shorter all-digit
 * number is padded back to eight.
 */
public final class CompaniesHouseNumber {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,8}");
    private static final Pattern PREFIXED = Pattern.compile("[A-Z]{2}\\d{6}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private CompaniesHouseNumber() {}

    /**
     * The number in its eight-character form, or empty when it is not a company number: spaces are
     * removed, letters upper-cased and an all-digit number padded with leading zeros.
     */
    public static Optional<String> normalise(String number) {
        if (number == null) {
            return Optional.empty();
        }
        String compact = WHITESPACE.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
        if (DIGITS.matcher(compact).matches()) {
            return Optional.of("0".repeat(8 - compact.length()) + compact);
        }
        return PREFIXED.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    public static boolean isValid(String number) {
        return normalise(number).isPresent();
    }
}
