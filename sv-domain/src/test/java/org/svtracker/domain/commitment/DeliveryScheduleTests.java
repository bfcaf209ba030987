package org.svtracker.domain.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.calendar.Quarter;

class DeliveryScheduleTests {

    private static final FinancialYear YEAR_2025_26 = new FinancialYear(2025);

    /** 100 hours from 1 April 2025 to 31 March 2026: 364 days from start to due. */
    private static final LinearSchedule HUNDRED_HOURS_OVER_THE_YEAR =
            new LinearSchedule(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), new BigDecimal("100"));

    /** 40, 30, 20 and 10 in the four quarters of 2025/26. */
    private static QuarterlySchedule fortyThirtyTwentyTen() {
        SortedMap<Quarter, BigDecimal> targets = new TreeMap<>();
        targets.put(YEAR_2025_26.quarter(1), new BigDecimal("40"));
        targets.put(YEAR_2025_26.quarter(2), new BigDecimal("30"));
        targets.put(YEAR_2025_26.quarter(3), new BigDecimal("20"));
        targets.put(YEAR_2025_26.quarter(4), new BigDecimal("10"));
        return new QuarterlySchedule(targets);
    }

    @Test
    void aLinearScheduleExpectsTheTargetInProportionToTheDaysGone() {
        // 183 of 364 days: 100 × 183 / 364 = 50.2747252..., held to 6 decimals
        assertThat(HUNDRED_HOURS_OVER_THE_YEAR.expectedToDate(LocalDate.of(2025, 10, 1)))
                .isEqualTo(new BigDecimal("50.274725"));
        // 1 of 364 days: 0.2747252...
        assertThat(HUNDRED_HOURS_OVER_THE_YEAR.expectedToDate(LocalDate.of(2025, 4, 2)))
                .isEqualTo(new BigDecimal("0.274725"));
    }

    @Test
    void aLinearScheduleExpectsNothingUntilItStarts() {
        assertThat(HUNDRED_HOURS_OVER_THE_YEAR.expectedToDate(LocalDate.of(2024, 12, 25)))
                .isEqualByComparingTo("0");
        assertThat(HUNDRED_HOURS_OVER_THE_YEAR.expectedToDate(LocalDate.of(2025, 4, 1)))
                .isEqualByComparingTo("0");
    }

    @Test
    void aLinearScheduleExpectsTheWholeTargetFromTheDueDateOn() {
        assertThat(HUNDRED_HOURS_OVER_THE_YEAR.expectedToDate(LocalDate.of(2026, 3, 31)))
                .isEqualTo(new BigDecimal("100.000000"));
        assertThat(HUNDRED_HOURS_OVER_THE_YEAR.expectedToDate(LocalDate.of(2030, 1, 1)))
                .isEqualByComparingTo("100");
        assertThat(HUNDRED_HOURS_OVER_THE_YEAR.target()).isEqualByComparingTo("100");
    }

    @Test
    void aLinearScheduleKeepsAFractionalTarget() {
        // 2.5 tonnes over 10 days, 3 days gone: 0.75
        LinearSchedule schedule =
                new LinearSchedule(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 11), new BigDecimal("2.5"));
        assertThat(schedule.expectedToDate(LocalDate.of(2025, 4, 4))).isEqualTo(new BigDecimal("0.750000"));
    }

    @Test
    void aLinearScheduleMustBeDueAfterItStartsAndAimAtSomething() {
        LocalDate day = LocalDate.of(2025, 4, 1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LinearSchedule(day, day, BigDecimal.TEN))
                .withMessageContaining("due date");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LinearSchedule(day, day.minusDays(1), BigDecimal.TEN));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LinearSchedule(day, day.plusDays(1), BigDecimal.ZERO));
        assertThatNullPointerException().isThrownBy(() -> new LinearSchedule(null, day, BigDecimal.TEN));
    }

    @Test
    void aQuarterlyScheduleAimsAtTheSumOfItsQuarters() {
        assertThat(fortyThirtyTwentyTen().target()).isEqualByComparingTo("100");
    }

    @Test
    void aQuarterlyScheduleExpectsEndedQuartersInFullAndTheCurrentOneInProportion() {
        // Q1 ended (40); 15 August is 45 days into Q2's 92: 30 × 45 / 92 = 14.673913...
        assertThat(fortyThirtyTwentyTen().expectedToDate(LocalDate.of(2025, 8, 15)))
                .isEqualTo(new BigDecimal("54.673913"));
    }

    @Test
    void aQuarterIsExpectedInFullTheDayAfterItEnds() {
        QuarterlySchedule schedule = fortyThirtyTwentyTen();
        // 30 June is 90 days into Q1's 91: 40 × 90 / 91 = 39.560439...
        assertThat(schedule.expectedToDate(LocalDate.of(2025, 6, 30))).isEqualTo(new BigDecimal("39.560440"));
        assertThat(schedule.expectedToDate(LocalDate.of(2025, 7, 1))).isEqualByComparingTo("40");
    }

    @Test
    void aQuarterlyScheduleExpectsNothingBeforeItsFirstQuarterAndEverythingAfterItsLast() {
        QuarterlySchedule schedule = fortyThirtyTwentyTen();
        assertThat(schedule.expectedToDate(LocalDate.of(2025, 3, 31))).isEqualByComparingTo("0");
        assertThat(schedule.expectedToDate(LocalDate.of(2025, 4, 1))).isEqualByComparingTo("0");
        assertThat(schedule.expectedToDate(LocalDate.of(2026, 3, 31))).isLessThan(new BigDecimal("100"));
        assertThat(schedule.expectedToDate(LocalDate.of(2026, 4, 1))).isEqualTo(new BigDecimal("100.000000"));
    }

    @Test
    void aQuarterWithoutATargetAddsNothing() {
        SortedMap<Quarter, BigDecimal> targets = new TreeMap<>();
        targets.put(YEAR_2025_26.quarter(1), new BigDecimal("12"));
        targets.put(YEAR_2025_26.quarter(3), new BigDecimal("8"));
        QuarterlySchedule schedule = new QuarterlySchedule(targets);
        // Q1 ended, Q2 has no target, Q3 not begun
        assertThat(schedule.expectedToDate(LocalDate.of(2025, 9, 30))).isEqualByComparingTo("12");
        // 46 days into Q3's 92: 8 × 46 / 92 = 4
        assertThat(schedule.expectedToDate(LocalDate.of(2025, 11, 16))).isEqualByComparingTo("16");
    }

    @Test
    void aQuarterlyScheduleIsNotChangedByLaterChangesToTheCallersMap() {
        SortedMap<Quarter, BigDecimal> targets = new TreeMap<>();
        targets.put(YEAR_2025_26.quarter(1), BigDecimal.TEN);
        QuarterlySchedule schedule = new QuarterlySchedule(targets);
        targets.put(YEAR_2025_26.quarter(2), BigDecimal.TEN);
        assertThat(schedule.target()).isEqualByComparingTo("10");
        assertThat(schedule.targets()).containsOnlyKeys(YEAR_2025_26.quarter(1));
    }

    @Test
    void aQuarterlyScheduleNeedsSomethingToAimAtAndNoNegativeTargets() {
        assertThatIllegalArgumentException().isThrownBy(() -> new QuarterlySchedule(new TreeMap<>()));
        SortedMap<Quarter, BigDecimal> zero = new TreeMap<>();
        zero.put(YEAR_2025_26.quarter(1), BigDecimal.ZERO);
        assertThatIllegalArgumentException().isThrownBy(() -> new QuarterlySchedule(zero));
        SortedMap<Quarter, BigDecimal> negative = new TreeMap<>();
        negative.put(YEAR_2025_26.quarter(1), BigDecimal.TEN);
        negative.put(YEAR_2025_26.quarter(2), new BigDecimal("-1"));
        assertThatIllegalArgumentException().isThrownBy(() -> new QuarterlySchedule(negative));
    }
}
