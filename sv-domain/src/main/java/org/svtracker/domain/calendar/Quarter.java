package org.svtracker.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A quarter of a financial year, the period suppliers report delivery for: Q1 is April to June, Q2
 * July to September, Q3 October to December and Q4 January to March.
 */
public record Quarter(FinancialYear year, int number) implements Comparable<Quarter> {

    private static final Comparator<Quarter> ORDER =
            Comparator.comparing(Quarter::year).thenComparingInt(Quarter::number);

    public Quarter {
        Objects.requireNonNull(year, "year");
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
        }
    }

    /** The quarter a day falls in: 31 March 2025 is in Q4 2024/25. */
    /** Reads the form {@link #toString()} writes: "Q1 2024/25". */
    public static Quarter parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!trimmed.matches("Q[1-4] \\d{4}[/-]\\d{2}")) {
            throw new IllegalArgumentException("A quarter is written like Q1 2024/25, not " + text);
        }
        return FinancialYear.parse(trimmed.substring(3)).quarter(trimmed.charAt(1) - '0');
    }

    public static Quarter of(LocalDate day) {
        // Months counted from April: April = 0 ... March = 11.
        int monthOfYear = (day.getMonthValue() + 8) % 12;
        return new Quarter(FinancialYear.of(day), monthOfYear / 3 + 1);
    }

    /**
     * Every quarter from the one containing {@code from} to the one containing {@code to}, inclusive
     * and in order.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public static List<Quarter> between(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The period must start on or before it ends: " + from + " to " + to);
        }
        List<Quarter> quarters = new ArrayList<>();
        Quarter last = of(to);
        for (Quarter quarter = of(from); quarter.compareTo(last) <= 0; quarter = quarter.next()) {
            quarters.add(quarter);
        }
        return List.copyOf(quarters);
    }

    public LocalDate start() {
        return year.start().plusMonths(3L * (number - 1));
    }

    /** The last day of the quarter, inclusive. */
    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year.next(), 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year.previous(), 4) : new Quarter(year, number - 1);
    }

    /** As shown on screen and in reports, {@code Q1 2024/25}. */
    public String label() {
        return "Q" + number + " " + year;
    }

    @Override
    public int compareTo(Quarter other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return label();
    }
}
