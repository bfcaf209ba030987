package org.svtracker.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearTests {

    private static final FinancialYear YEAR_2024_25 = new FinancialYear(2024);

    @Test
    void aYearRunsFromTheFirstOfAprilToTheThirtyFirstOfMarch() {
        assertThat(YEAR_2024_25.start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(YEAR_2024_25.end()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void theThirtyFirstOfMarchEndsTheYearAndTheFirstOfAprilStartsTheNext() {
        assertThat(FinancialYear.of(LocalDate.of(2025, 3, 31))).isEqualTo(YEAR_2024_25);
        assertThat(FinancialYear.of(LocalDate.of(2025, 4, 1))).isEqualTo(new FinancialYear(2025));
        assertThat(FinancialYear.of(LocalDate.of(2025, 1, 1))).isEqualTo(YEAR_2024_25);
        assertThat(FinancialYear.of(LocalDate.of(2024, 12, 31))).isEqualTo(YEAR_2024_25);
    }

    @Test
    void aYearIsWrittenWithASlashAndUsesAHyphenInAddresses() {
        assertThat(YEAR_2024_25).hasToString("2024/25");
        assertThat(YEAR_2024_25.slug()).isEqualTo("2024-25");
        assertThat(new FinancialYear(1999)).hasToString("1999/00");
        assertThat(new FinancialYear(2009).slug()).isEqualTo("2009-10");
    }

    @Test
    void bothWrittenFormsAreRead() {
        assertThat(FinancialYear.parse("2024/25")).isEqualTo(YEAR_2024_25);
        assertThat(FinancialYear.parse("2024-25")).isEqualTo(YEAR_2024_25);
        assertThat(FinancialYear.parse(" 2024/25 ")).isEqualTo(YEAR_2024_25);
        assertThat(FinancialYear.parse("1999/00")).isEqualTo(new FinancialYear(1999));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        FinancialYear year = new FinancialYear(2031);
        assertThat(FinancialYear.parse(year.toString())).isEqualTo(year);
        assertThat(FinancialYear.parse(year.slug())).isEqualTo(year);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2024/26", "2024/24", "24/25", "2024/2025", "2024", "2024_25", "abcd/ef", "FY2024/25"})
    void anythingElseIsRefusedWithTheFormExpected(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FinancialYear.parse(text))
                .withMessageContaining("2024/25");
    }

    @Test
    void aYearContainsItsFirstAndLastDaysAndNothingOutside() {
        assertThat(YEAR_2024_25.contains(LocalDate.of(2024, 4, 1))).isTrue();
        assertThat(YEAR_2024_25.contains(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(YEAR_2024_25.contains(LocalDate.of(2024, 3, 31))).isFalse();
        assertThat(YEAR_2024_25.contains(LocalDate.of(2025, 4, 1))).isFalse();
    }

    @Test
    void yearsFollowOneAnother() {
        assertThat(YEAR_2024_25.next()).isEqualTo(new FinancialYear(2025));
        assertThat(YEAR_2024_25.previous()).isEqualTo(new FinancialYear(2023));
        assertThat(YEAR_2024_25.next().start()).isEqualTo(YEAR_2024_25.end().plusDays(1));
    }

    @Test
    void yearsSortInOrder() {
        List<FinancialYear> years =
                new ArrayList<>(List.of(new FinancialYear(2025), new FinancialYear(2023), YEAR_2024_25));
        Collections.sort(years);
        assertThat(years).containsExactly(new FinancialYear(2023), YEAR_2024_25, new FinancialYear(2025));
    }

    @Test
    void aYearHasFourQuartersInOrder() {
        assertThat(YEAR_2024_25.quarters())
                .extracting(Quarter::label)
                .containsExactly("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25");
        assertThat(YEAR_2024_25.quarter(3)).isEqualTo(new Quarter(YEAR_2024_25, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> YEAR_2024_25.quarter(5));
    }

    @Test
    void aYearIsWrittenWithFourDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FinancialYear(999));
        assertThatIllegalArgumentException().isThrownBy(() -> new FinancialYear(9999));
    }
}
