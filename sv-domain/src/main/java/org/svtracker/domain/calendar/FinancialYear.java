package org.svtracker.domain.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A UK public-sector financial year, 1 April to 31 March, written {@code 2024/25}; councils plan,
 * value and report social value by it.
 *
 * @param startYear the calendar year in which the financial year begins on 1 April
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})[/-](\\d{2})");

    /** Four-digit years only, so the written form is always {@code yyyy/yy}. */
    public FinancialYear {
        if (startYear < 1000 || startYear > 9998) {
            throw new IllegalArgumentException("A financial year starts in a four-digit year, not " + startYear);
        }
    }

    /** The financial year a day falls in: 31 March 2025 is in 2024/25, 1 April 2025 in 2025/26. */
    public static FinancialYear of(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    /**
     * Reads the written form {@code 2024/25} or the URL form {@code 2024-25}.
     *
     * @throws IllegalArgumentException when the text is not one of those, or its years do not follow on
     */
    public static FinancialYear parse(String text) {
        Matcher matcher = WRITTEN.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "A financial year is written like 2024/25 (or 2024-25), not '" + text + "'");
        }
        int start = Integer.parseInt(matcher.group(1));
        if (Integer.parseInt(matcher.group(2)) != (start + 1) % 100) {
            throw new IllegalArgumentException(
                    "A financial year is written like 2024/25, with the second year following the first, not '" + text
                            + "'");
        }
        return new FinancialYear(start);
    }

    /** The form used in URLs, where a slash would start a new path segment. */
    public String slug() {
        return "%d-%02d".formatted(startYear, (startYear + 1) % 100);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    /** The last day of the year, 31 March, inclusive. */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    /** Q1 to Q4 in order. */
    public List<Quarter> quarters() {
        return IntStream.rangeClosed(1, 4).mapToObj(this::quarter).toList();
    }

    /** Quarter 1 (April to June) to 4 (January to March). */
    public Quarter quarter(int number) {
        return new Quarter(this, number);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return "%d/%02d".formatted(startYear, (startYear + 1) % 100);
    }
}
