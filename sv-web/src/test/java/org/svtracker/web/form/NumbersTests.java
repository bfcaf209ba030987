package org.svtracker.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTests {

    @Test
    void poundSignsThousandsCommasPercentSignsAndSpacesAroundAreIgnored() {
        assertThat(Numbers.AMOUNT.parse(" £250,000 ")).contains(new BigDecimal("250000"));
        assertThat(Numbers.AMOUNT.parse("£ 1,500.50")).contains(new BigDecimal("1500.50"));
        assertThat(Numbers.AMOUNT.parse("12.5 %")).contains(new BigDecimal("12.5"));
        assertThat(Numbers.QUANTITY.parse("1,234.125")).contains(new BigDecimal("1234.125"));
    }

    @Test
    void wordsSpacesInsideAndTooManyDecimalsAreNotNumbers() {
        assertThat(Numbers.AMOUNT.parse("lots")).isEmpty();
        assertThat(Numbers.AMOUNT.parse("1 000")).isEmpty();
        assertThat(Numbers.AMOUNT.parse("1.005")).isEmpty();
        assertThat(Numbers.AMOUNT.parse("")).isEmpty();
        assertThat(Numbers.AMOUNT.parse(null)).isEmpty();
        assertThat(Numbers.QUANTITY.parse("0.0001")).isEmpty();
    }

    @Test
    void aMinusSignIsReadOnlyWhereTheFormSaysItself() {
        assertThat(Numbers.AMOUNT.parse("-5")).isEmpty();
        assertThat(Numbers.QUANTITY.parse("-5")).isEmpty();
        assertThat(Numbers.SIGNED_AMOUNT.parse("-5")).contains(new BigDecimal("-5"));
        assertThat(Numbers.SIGNED_QUANTITY.parse("£-1,000.5")).contains(new BigDecimal("-1000.5"));
    }

    @Test
    void eachFieldTakesAsManyWholeDigitsAsItsColumnHolds() {
        assertThat(Numbers.AMOUNT.parse("999,999,999,999")).contains(new BigDecimal("999999999999"));
        assertThat(Numbers.AMOUNT.parse("1,000,000,000,000")).isEmpty();
        assertThat(Numbers.QUANTITY.parse("99999999999")).isPresent();
        assertThat(Numbers.QUANTITY.parse("100000000000")).isEmpty();
        assertThat(Numbers.UNCAPPED_AMOUNT.parse("1,000,000,000,000")).contains(new BigDecimal("1000000000000"));
        assertThat(Numbers.UNCAPPED_AMOUNT.parse("123456789012345678901")).isEmpty();
    }

    @Test
    void aStoredNumberIsShownBackWithoutTrailingZerosOrExponent() {
        assertThat(Numbers.text(new BigDecimal("100000.00"))).isEqualTo("100000");
        assertThat(Numbers.text(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(Numbers.text(new BigDecimal("12.50"))).isEqualTo("12.5");
        assertThat(Numbers.text(null)).isEmpty();
    }
}
