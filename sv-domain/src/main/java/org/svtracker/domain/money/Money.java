package org.svtracker.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in pounds sterling, held to the penny, so that totals add up exactly and no value ever
 * passes through a {@code double}.
 *
 * <p>Values of social value (quantity × proxy, less deadweight and attribution) are computed
 * exactly and rounded HALF_UP to the penny once, at the last step, so the same inputs always give
 * the same pence whatever order a report adds them in.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    /** Stores the amount at scale 2; refuses fractions of a penny rather than silently rounding them away. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        try {
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("An amount of money is whole pence, not " + amount.toPlainString(), e);
        }
    }

    /** Parses a plain decimal such as {@code "1234.56"}; no £ sign or grouping, which belong to display. */
    public static Money of(String amount) {
        Objects.requireNonNull(amount, "amount");
        return new Money(new BigDecimal(amount.trim()));
    }

    /** Pence are how money is counted without fractions. */
    public static Money ofPence(long pence) {
        return new Money(BigDecimal.valueOf(pence, 2));
    }

    /**
     * The gross value of a quantity at a proxy value per unit: quantity × proxy, rounded HALF_UP to
     * the penny once (0.333 × £16.93 = 5.63769, so £5.64). Queries that value rows in the database
     * use {@link #valueOfSql}, the same rule in SQL.
     */
    public static Money valueOf(BigDecimal quantity, Money proxyPerUnit) {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(proxyPerUnit, "proxyPerUnit");
        return new Money(quantity.multiply(proxyPerUnit.amount).setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * The rule of {@link #valueOf} as a PostgreSQL expression, for queries that value and sum many
     * rows where they lie: the exact {@code numeric} product, rounded to the penny once. PostgreSQL's
     * {@code round(numeric, 2)} takes a half away from zero, as HALF_UP does (not to the even penny),
     * and a test holds the two to the same pence.
     *
     * @param quantity an SQL expression of type {@code numeric}, such as {@code "r.quantity"}; written
     *     by the code, never taken from input
     * @param proxyPerUnit an SQL expression of type {@code numeric}, such as {@code "c.proxy_per_unit"}
     */
    public static String valueOfSql(String quantity, String proxyPerUnit) {
        return "round(" + quantity + " * " + proxyPerUnit + ", 2)";
    }

    /**
     * The net (SROI) value: quantity × proxy × (1 − deadweight/100) × (1 − attribution/100), with a
     * missing percentage meaning 0, computed exactly and rounded HALF_UP to the penny once at the end
     * so that rounding at each step cannot drift the figure.
     *
     * @throws IllegalArgumentException when a percentage is outside 0 to 100
     */
    public static Money netValueOf(
            BigDecimal quantity, Money proxyPerUnit, BigDecimal deadweightPercent, BigDecimal attributionPercent) {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(proxyPerUnit, "proxyPerUnit");
        BigDecimal keptAfterDeadweight = HUNDRED.subtract(percent("deadweight", deadweightPercent));
        BigDecimal keptAfterAttribution = HUNDRED.subtract(percent("attribution", attributionPercent));
        // Multiplying by (100 − d)(100 − a) and then moving the point 4 places is exact: no division.
        BigDecimal exact = quantity.multiply(proxyPerUnit.amount)
                .multiply(keptAfterDeadweight)
                .multiply(keptAfterAttribution)
                .movePointLeft(4);
        return new Money(exact.setScale(2, RoundingMode.HALF_UP));
    }

    private static BigDecimal percent(String name, BigDecimal percent) {
        if (percent == null) {
            return BigDecimal.ZERO;
        }
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(
                    "The " + name + " percentage must be between 0 and 100, not " + percent.toPlainString());
        }
        return percent;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** Compares by value, since every amount is held at scale 2 and {@code 0.00} is the only zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    public int signum() {
        return amount.signum();
    }

    /** Whole pence, exact; fails only for amounts beyond a {@code long}, which no contract reaches. */
    public long toPence() {
        return amount.movePointRight(2).longValueExact();
    }

    /**
     * This amount as a percentage of {@code whole}, rounded HALF_UP to 2 decimals (£25,000 of £200,000
     * is 12.50).
     *
     * @throws IllegalArgumentException when {@code whole} is zero, since no percentage of nothing makes
     *     sense and a silent null or zero would hide that in a report
     */
    public BigDecimal percentageOf(Money whole) {
        Objects.requireNonNull(whole, "whole");
        if (whole.isZero()) {
            throw new IllegalArgumentException("Cannot take a percentage of zero");
        }
        return amount.multiply(HUNDRED).divide(whole.amount, 2, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** Written as the councils write it, {@code £1,234.56} or {@code -£5.00}. */
    @Override
    public String toString() {
        // DecimalFormat is not thread-safe, so one per call; it formats a BigDecimal exactly.
        DecimalFormat format = new DecimalFormat("£#,##0.00;-£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(amount);
    }
}
