package org.svtracker.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class QuarterTests {

    private static final FinancialYear YEAR_2024_25 = new FinancialYear(2024);

    @Test
    void quartersRunAprilToJuneJulyToSeptemberOctoberToDecemberAndJanuaryToMarch() {
        assertThat(YEAR_2024_25.quarter(1).start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(YEAR_2024_25.quarter(1).end()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(YEAR_2024_25.quarter(2).start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(YEAR_2024_25.quarter(2).end()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(YEAR_2024_25.quarter(3).start()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(YEAR_2024_25.quarter(3).end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(YEAR_2024_25.quarter(4).start()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(YEAR_2024_25.quarter(4).end()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void theDayDecidesTheQuarter() {
        assertThat(Quarter.of(LocalDate.of(2024, 4, 1))).isEqualTo(YEAR_2024_25.quarter(1));
        assertThat(Quarter.of(LocalDate.of(2024, 6, 30))).isEqualTo(YEAR_2024_25.quarter(1));
        assertThat(Quarter.of(LocalDate.of(2024, 7, 1))).isEqualTo(YEAR_2024_25.quarter(2));
        assertThat(Quarter.of(LocalDate.of(2024, 12, 31))).isEqualTo(YEAR_2024_25.quarter(3));
        assertThat(Quarter.of(LocalDate.of(2025, 1, 1))).isEqualTo(YEAR_2024_25.quarter(4));
        assertThat(Quarter.of(LocalDate.of(2025, 3, 31))).isEqualTo(YEAR_2024_25.quarter(4));
        assertThat(Quarter.of(LocalDate.of(2025, 4, 1))).isEqualTo(new FinancialYear(2025).quarter(1));
    }

    @Test
    void everyDayOfALeapYearFallsInTheQuarterThatContainsIt() {
        for (LocalDate day = LocalDate.of(2023, 4, 1); day.isBefore(LocalDate.of(2024, 4, 1)); day = day.plusDays(1)) {
            assertThat(Quarter.of(day).contains(day)).as(day.toString()).isTrue();
        }
        assertThat(YEAR_2024_25.previous().quarter(4).end()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void aQuarterIsWrittenWithItsYear() {
        assertThat(YEAR_2024_25.quarter(1)).hasToString("Q1 2024/25");
        assertThat(YEAR_2024_25.quarter(4).label()).isEqualTo("Q4 2024/25");
    }

    @Test
    void aQuarterContainsItsFirstAndLastDaysOnly() {
        Quarter q2 = YEAR_2024_25.quarter(2);
        assertThat(q2.contains(LocalDate.of(2024, 7, 1))).isTrue();
        assertThat(q2.contains(LocalDate.of(2024, 9, 30))).isTrue();
        assertThat(q2.contains(LocalDate.of(2024, 6, 30))).isFalse();
        assertThat(q2.contains(LocalDate.of(2024, 10, 1))).isFalse();
    }

    @Test
    void theFourthQuarterIsFollowedByTheFirstOfTheNextYear() {
        assertThat(YEAR_2024_25.quarter(4).next()).isEqualTo(new FinancialYear(2025).quarter(1));
        assertThat(YEAR_2024_25.quarter(1).previous()).isEqualTo(new FinancialYear(2023).quarter(4));
        assertThat(YEAR_2024_25.quarter(2).next()).isEqualTo(YEAR_2024_25.quarter(3));
        assertThat(YEAR_2024_25.quarter(3).previous()).isEqualTo(YEAR_2024_25.quarter(2));
    }

    @Test
    void quartersSortByYearThenNumber() {
        TreeSet<Quarter> sorted = new TreeSet<>();
        sorted.add(new FinancialYear(2025).quarter(1));
        sorted.add(YEAR_2024_25.quarter(4));
        sorted.add(YEAR_2024_25.quarter(1));
        assertThat(sorted)
                .containsExactly(YEAR_2024_25.quarter(1), YEAR_2024_25.quarter(4), new FinancialYear(2025).quarter(1));
    }

    @Test
    void thePeriodBetweenTwoDaysCoversTheQuartersContainingBoth() {
        assertThat(Quarter.between(LocalDate.of(2024, 6, 30), LocalDate.of(2025, 4, 1)))
                .extracting(Quarter::label)
                .containsExactly("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25", "Q1 2025/26");
    }

    @Test
    void twoDaysInOneQuarterGiveThatQuarter() {
        assertThat(Quarter.between(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1)))
                .containsExactly(YEAR_2024_25.quarter(1));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Quarter.between(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1)));
    }

    @Test
    void aQuarterIsNumberedOneToFourWithinAYear() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Quarter(YEAR_2024_25, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quarter(YEAR_2024_25, 5));
        assertThatNullPointerException().isThrownBy(() -> new Quarter(null, 1));
    }

    @Test
    void aQuarterIsReadBackFromTheWayItIsWritten() {
        Quarter q3 = Quarter.of(java.time.LocalDate.of(2025, 11, 3));

        org.assertj.core.api.Assertions.assertThat(Quarter.parse(q3.toString())).isEqualTo(q3);
        org.assertj.core.api.Assertions.assertThat(Quarter.parse("Q4 2024-25").start())
                .isEqualTo(java.time.LocalDate.of(2025, 1, 1));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Quarter.parse("Q5 2024/25"));
    }
}
