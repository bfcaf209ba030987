package org.svtracker.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTests {

    private static final Money REAL_LIVING_WAGE_HOUR = Money.of("16.93");

    @Test
    void anAmountIsHeldToThePenny() {
        assertThat(new Money(new BigDecimal("1.5")).amount()).isEqualTo(new BigDecimal("1.50"));
        assertThat(new Money(new BigDecimal("7")).amount()).isEqualTo(new BigDecimal("7.00"));
        assertThat(new Money(new BigDecimal("2.500")).amount()).isEqualTo(new BigDecimal("2.50"));
    }

    @Test
    void aFractionOfAPennyIsRefusedRatherThanRounded() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Money(new BigDecimal("1.005")))
                .withMessageContaining("1.005");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("0.001"));
    }

    @Test
    void anAmountIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new Money(null));
    }

    @Test
    void amountsWrittenDifferentlyButWorthTheSameAreEqual() {
        assertThat(Money.of("1.5")).isEqualTo(Money.of("1.50")).isEqualTo(Money.ofPence(150));
        assertThat(Money.of("1.5")).hasSameHashCodeAs(Money.ofPence(150));
        assertThat(new Money(BigDecimal.ZERO)).isEqualTo(Money.ZERO);
    }

    @Test
    void textThatIsNotAPlainNumberIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("£12.00"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1,200.00"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("twelve"));
    }

    @Test
    void penceConvertBothWays() {
        assertThat(Money.ofPence(123456).amount()).isEqualTo(new BigDecimal("1234.56"));
        assertThat(Money.ofPence(-500)).isEqualTo(Money.of("-5.00"));
        assertThat(Money.of("1234.56").toPence()).isEqualTo(123456L);
        assertThat(Money.of("0.01").toPence()).isEqualTo(1L);
        assertThat(Money.ZERO.toPence()).isZero();
    }

    @Test
    void additionAndSubtractionAreExact() {
        // 0.1 + 0.2 is not 0.3 in doubles; it must be here.
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("100.00").minus(Money.of("100.01"))).isEqualTo(Money.of("-0.01"));
    }

    @Test
    void zeroAndSignAreReadFromTheAmount() {
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.of("0.00").isZero()).isTrue();
        assertThat(Money.of("0.01").isZero()).isFalse();
        assertThat(Money.of("-3.00").signum()).isEqualTo(-1);
        assertThat(Money.ZERO.signum()).isZero();
        assertThat(Money.of("3.00").signum()).isEqualTo(1);
    }

    @Test
    void amountsSortByValue() {
        List<Money> amounts = new ArrayList<>(List.of(Money.of("10.00"), Money.of("-1.00"), Money.of("2.50")));
        Collections.sort(amounts);
        assertThat(amounts).containsExactly(Money.of("-1.00"), Money.of("2.50"), Money.of("10.00"));
        assertThat(Money.of("2.5").compareTo(Money.ofPence(250))).isZero();
    }

    @Test
    void aValueIsQuantityTimesProxy() {
        // 12.5 FTE at £24,000.00 a year
        assertThat(Money.valueOf(new BigDecimal("12.5"), Money.of("24000.00"))).isEqualTo(Money.of("300000.00"));
    }

    @Test
    void aValueIsRoundedHalfUpToThePennyAtTheLastStep() {
        // 0.333 × 16.93 = 5.63769
        assertThat(Money.valueOf(new BigDecimal("0.333"), REAL_LIVING_WAGE_HOUR))
                .isEqualTo(Money.of("5.64"));
        // 0.5 × 0.01 = 0.005, exactly half a penny, rounds up
        assertThat(Money.valueOf(new BigDecimal("0.5"), Money.of("0.01"))).isEqualTo(Money.of("0.01"));
        // 0.4 × 0.01 = 0.004 rounds down
        assertThat(Money.valueOf(new BigDecimal("0.4"), Money.of("0.01"))).isEqualTo(Money.ZERO);
    }

    @Test
    void aNetValueTakesOffDeadweightThenAttribution() {
        // 10 × 16.93 = 169.30; × 0.8 = 135.44; × 0.875 = 118.51 exactly
        assertThat(Money.netValueOf(
                        BigDecimal.TEN, REAL_LIVING_WAGE_HOUR, new BigDecimal("20"), new BigDecimal("12.5")))
                .isEqualTo(Money.of("118.51"));
    }

    @Test
    void aNetValueIsRoundedOnceNotAtEachStep() {
        // Exactly: 3 × 16.93 × 0.85 × 0.875 = 37.7750625, so £37.78.
        // Rounding each step would give 50.79 → 43.1715 → 43.17 → 37.77375 → £37.77.
        assertThat(Money.netValueOf(
                        new BigDecimal("3"), REAL_LIVING_WAGE_HOUR, new BigDecimal("15"), new BigDecimal("12.5")))
                .isEqualTo(Money.of("37.78"));
    }

    @Test
    void aMissingPercentageMeansNone() {
        assertThat(Money.netValueOf(BigDecimal.TEN, REAL_LIVING_WAGE_HOUR, null, null))
                .isEqualTo(Money.of("169.30"));
        // 169.30 × 0.8 = 135.44
        assertThat(Money.netValueOf(BigDecimal.TEN, REAL_LIVING_WAGE_HOUR, new BigDecimal("20"), null))
                .isEqualTo(Money.of("135.44"));
        // 169.30 × 0.875 = 148.1375
        assertThat(Money.netValueOf(BigDecimal.TEN, REAL_LIVING_WAGE_HOUR, null, new BigDecimal("12.5")))
                .isEqualTo(Money.of("148.14"));
    }

    @Test
    void aHundredPercentDeadweightLeavesNothing() {
        assertThat(Money.netValueOf(BigDecimal.TEN, REAL_LIVING_WAGE_HOUR, new BigDecimal("100"), BigDecimal.ZERO))
                .isEqualTo(Money.ZERO);
    }

    @Test
    void aPercentageOutsideZeroToAHundredIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.netValueOf(
                        BigDecimal.ONE, REAL_LIVING_WAGE_HOUR, new BigDecimal("100.01"), BigDecimal.ZERO))
                .withMessageContaining("deadweight");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        Money.netValueOf(BigDecimal.ONE, REAL_LIVING_WAGE_HOUR, BigDecimal.ZERO, new BigDecimal("-1")))
                .withMessageContaining("attribution");
    }

    @Test
    void aShareIsAPercentageToTwoDecimals() {
        assertThat(Money.of("25000.00").percentageOf(Money.of("200000.00"))).isEqualTo(new BigDecimal("12.50"));
        // 1/3 = 33.333...%
        assertThat(Money.of("1.00").percentageOf(Money.of("3.00"))).isEqualTo(new BigDecimal("33.33"));
        // 2/3 = 66.666...% rounds up
        assertThat(Money.of("2.00").percentageOf(Money.of("3.00"))).isEqualTo(new BigDecimal("66.67"));
        assertThat(Money.of("150.00").percentageOf(Money.of("100.00"))).isEqualTo(new BigDecimal("150.00"));
    }

    @Test
    void aPercentageOfNothingIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of("1.00").percentageOf(Money.ZERO))
                .withMessageContaining("zero");
    }

    @Test
    void anAmountIsWrittenAsTheCouncilsWriteIt() {
        assertThat(Money.of("1234.56")).hasToString("£1,234.56");
        assertThat(Money.of("1234567.8")).hasToString("£1,234,567.80");
        assertThat(Money.of("-5")).hasToString("-£5.00");
        assertThat(Money.ZERO).hasToString("£0.00");
        assertThat(Money.of("0.07")).hasToString("£0.07");
    }
}
