package org.svtracker.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.svtracker.domain.commitment.LinearSchedule;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.money.Money;

class RagTests {

    /** 100 hours from 1 April 2025 to 31 March 2026; on 1 October 2025, 50.274725 are expected. */
    private static final LinearSchedule HUNDRED_HOURS_OVER_THE_YEAR =
            new LinearSchedule(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), new BigDecimal("100"));

    private static final LocalDate FIRST_OF_OCTOBER = LocalDate.of(2025, 10, 1);

    /** 100 units over 10 days; on 6 April exactly 50 are expected, so the ratios are round. */
    private static final LinearSchedule HUNDRED_OVER_TEN_DAYS =
            new LinearSchedule(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 11), new BigDecimal("100"));

    private static final LocalDate HALF_WAY = LocalDate.of(2025, 4, 6);

    private static final RagBands NINETY_EIGHTY = new RagBands(new BigDecimal("90"), new BigDecimal("80"));

    private static RagStatus onTheFirstOfOctober(String verified, RagBands bands) {
        return Rag.of(HUNDRED_HOURS_OVER_THE_YEAR, new BigDecimal(verified), FIRST_OF_OCTOBER, bands);
    }

    private static WeightedRag worth(String pounds, String ratio, RagStatus status) {
        return new WeightedRag(Money.of(pounds), ratio == null ? null : new BigDecimal(ratio), status);
    }

    @Test
    void theRatioIsVerifiedOverExpectedToSixDecimals() {
        // 48 / 50.274725 = 0.95475...
        assertThat(Rag.ratio(HUNDRED_HOURS_OVER_THE_YEAR, new BigDecimal("48"), FIRST_OF_OCTOBER))
                .isEqualTo(new BigDecimal("0.954754"));
    }

    @Test
    void atOrAboveTheUpperBandIsGreen() {
        // 48 / 50.274725 = 95.48%
        assertThat(onTheFirstOfOctober("48", RagBands.DEFAULT)).isEqualTo(RagStatus.GREEN);
        // 47.8 / 50.274725 = 95.08%
        assertThat(onTheFirstOfOctober("47.8", RagBands.DEFAULT)).isEqualTo(RagStatus.GREEN);
    }

    @Test
    void betweenTheBandsIsAmber() {
        // 45 / 50.274725 = 89.51%
        assertThat(onTheFirstOfOctober("45", RagBands.DEFAULT)).isEqualTo(RagStatus.AMBER);
        // 47.76 / 50.274725 = 94.998%, just short of green
        assertThat(onTheFirstOfOctober("47.76", RagBands.DEFAULT)).isEqualTo(RagStatus.AMBER);
    }

    @Test
    void belowTheLowerBandIsRed() {
        // 40 / 50.274725 = 79.56%
        assertThat(onTheFirstOfOctober("40", RagBands.DEFAULT)).isEqualTo(RagStatus.RED);
        assertThat(onTheFirstOfOctober("0", RagBands.DEFAULT)).isEqualTo(RagStatus.RED);
    }

    @Test
    void exactlyOnABandTakesTheBetterColour() {
        // 47.5 / 50 = 95% exactly: green
        assertThat(Rag.of(HUNDRED_OVER_TEN_DAYS, new BigDecimal("47.5"), HALF_WAY, RagBands.DEFAULT))
                .isEqualTo(RagStatus.GREEN);
        // 42.5 / 50 = 85% exactly: amber
        assertThat(Rag.of(HUNDRED_OVER_TEN_DAYS, new BigDecimal("42.5"), HALF_WAY, RagBands.DEFAULT))
                .isEqualTo(RagStatus.AMBER);
        // 42.49 / 50 = 84.98%: red
        assertThat(Rag.of(HUNDRED_OVER_TEN_DAYS, new BigDecimal("42.49"), HALF_WAY, RagBands.DEFAULT))
                .isEqualTo(RagStatus.RED);
    }

    @Test
    void aCouncilWithBandsOfNinetyAndEightyJudgesMoreGently() {
        // 46 / 50.274725 = 91.50%: amber at 95/85, green at 90/80
        assertThat(onTheFirstOfOctober("46", RagBands.DEFAULT)).isEqualTo(RagStatus.AMBER);
        assertThat(onTheFirstOfOctober("46", NINETY_EIGHTY)).isEqualTo(RagStatus.GREEN);
        // 41 / 50.274725 = 81.55%: red at 95/85, amber at 90/80
        assertThat(onTheFirstOfOctober("41", RagBands.DEFAULT)).isEqualTo(RagStatus.RED);
        assertThat(onTheFirstOfOctober("41", NINETY_EIGHTY)).isEqualTo(RagStatus.AMBER);
        // 40 / 50.274725 = 79.56%: red either way
        assertThat(onTheFirstOfOctober("40", NINETY_EIGHTY)).isEqualTo(RagStatus.RED);
    }

    @Test
    void deliveryAheadOfScheduleIsGreenWithARatioAboveOne() {
        assertThat(onTheFirstOfOctober("60", RagBands.DEFAULT)).isEqualTo(RagStatus.GREEN);
        // 60 / 50.274725 = 1.193443...
        assertThat(Rag.ratio(HUNDRED_HOURS_OVER_THE_YEAR, new BigDecimal("60"), FIRST_OF_OCTOBER))
                .isEqualTo(new BigDecimal("1.193443"));
    }

    @Test
    void meetingTheTargetIsCompleteEvenEarly() {
        assertThat(onTheFirstOfOctober("100", RagBands.DEFAULT)).isEqualTo(RagStatus.COMPLETE);
        assertThat(onTheFirstOfOctober("100.5", RagBands.DEFAULT)).isEqualTo(RagStatus.COMPLETE);
        assertThat(Rag.of(
                        HUNDRED_HOURS_OVER_THE_YEAR, new BigDecimal("100"), LocalDate.of(2025, 1, 1), RagBands.DEFAULT))
                .isEqualTo(RagStatus.COMPLETE);
    }

    @Test
    void fallingShortAfterTheDueDateIsJudgedAgainstTheWholeTarget() {
        // 90 / 100 = 90%
        assertThat(Rag.of(
                        HUNDRED_HOURS_OVER_THE_YEAR, new BigDecimal("90"), LocalDate.of(2026, 6, 1), RagBands.DEFAULT))
                .isEqualTo(RagStatus.AMBER);
    }

    @Test
    void nothingIsJudgedBeforeTheScheduleBegins() {
        assertThat(Rag.of(HUNDRED_HOURS_OVER_THE_YEAR, BigDecimal.ZERO, LocalDate.of(2025, 3, 1), RagBands.DEFAULT))
                .isEqualTo(RagStatus.NOT_STARTED);
        assertThat(Rag.of(HUNDRED_HOURS_OVER_THE_YEAR, BigDecimal.TEN, LocalDate.of(2025, 4, 1), RagBands.DEFAULT))
                .isEqualTo(RagStatus.NOT_STARTED);
        assertThatIllegalStateException()
                .isThrownBy(() -> Rag.ratio(HUNDRED_HOURS_OVER_THE_YEAR, BigDecimal.TEN, LocalDate.of(2025, 4, 1)));
    }

    @Test
    void aCommitmentIsWeighedWithItsValueRatioAndStatus() {
        WeightedRag weighed = Rag.weigh(
                Money.of("5000.00"),
                HUNDRED_HOURS_OVER_THE_YEAR,
                new BigDecimal("48"),
                FIRST_OF_OCTOBER,
                RagBands.DEFAULT);
        assertThat(weighed).isEqualTo(worth("5000.00", "0.954754", RagStatus.GREEN));

        WeightedRag notStarted = Rag.weigh(
                Money.of("5000.00"),
                HUNDRED_HOURS_OVER_THE_YEAR,
                BigDecimal.ZERO,
                LocalDate.of(2025, 3, 1),
                RagBands.DEFAULT);
        assertThat(notStarted).isEqualTo(worth("5000.00", null, RagStatus.NOT_STARTED));
    }

    @Test
    void aContractWeighsItsCommitmentsByValue() {
        // (90,000 × 1 + 10,000 × 0.5) / 100,000 = 0.95: the small red commitment leaves it green
        List<WeightedRag> commitments =
                List.of(worth("90000.00", "1.0", RagStatus.GREEN), worth("10000.00", "0.5", RagStatus.RED));
        assertThat(Rag.contractRatio(commitments)).contains(new BigDecimal("0.950000"));
        assertThat(Rag.forContract(commitments, RagBands.DEFAULT)).isEqualTo(RagStatus.GREEN);
    }

    @Test
    void aContractTurnsAmberWhenTheWeightedRatioFallsBelowTheUpperBand() {
        // (90,000 × 1 + 10,000 × 0.4) / 100,000 = 0.94
        assertThat(Rag.forContract(
                        List.of(worth("90000.00", "1.0", RagStatus.GREEN), worth("10000.00", "0.4", RagStatus.RED)),
                        RagBands.DEFAULT))
                .isEqualTo(RagStatus.AMBER);
        // (90,000 × 0.96 + 10,000 × 0.5) / 100,000 = 0.914: amber at 95/85, green at 90/80
        List<WeightedRag> commitments =
                List.of(worth("90000.00", "0.96", RagStatus.GREEN), worth("10000.00", "0.5", RagStatus.RED));
        assertThat(Rag.contractRatio(commitments)).contains(new BigDecimal("0.914000"));
        assertThat(Rag.forContract(commitments, RagBands.DEFAULT)).isEqualTo(RagStatus.AMBER);
        assertThat(Rag.forContract(commitments, NINETY_EIGHTY)).isEqualTo(RagStatus.GREEN);
    }

    @Test
    void aLargeRedCommitmentMakesTheContractRedWhateverTheSmallOnes() {
        // (10,000 × 1 + 90,000 × 0.5) / 100,000 = 0.55
        assertThat(Rag.forContract(
                        List.of(worth("10000.00", "1.0", RagStatus.GREEN), worth("90000.00", "0.5", RagStatus.RED)),
                        RagBands.DEFAULT))
                .isEqualTo(RagStatus.RED);
    }

    @Test
    void overDeliveryOnOneCommitmentCannotHideUnderDeliveryOnAnother() {
        // Capped: (50,000 × 1 + 50,000 × 0.6) / 100,000 = 0.8, red; uncapped it would be 1.05
        List<WeightedRag> commitments =
                List.of(worth("50000.00", "1.5", RagStatus.GREEN), worth("50000.00", "0.6", RagStatus.RED));
        assertThat(Rag.contractRatio(commitments)).contains(new BigDecimal("0.800000"));
        assertThat(Rag.forContract(commitments, RagBands.DEFAULT)).isEqualTo(RagStatus.RED);
    }

    @Test
    void aCompleteCommitmentCountsAsFullyDelivered() {
        // (50,000 × 1 + 50,000 × 0.8) / 100,000 = 0.9
        assertThat(Rag.forContract(
                        List.of(worth("50000.00", null, RagStatus.COMPLETE), worth("50000.00", "0.8", RagStatus.RED)),
                        RagBands.DEFAULT))
                .isEqualTo(RagStatus.AMBER);
    }

    @Test
    void commitmentsNotStartedOrWithoutValueDoNotWeigh() {
        List<WeightedRag> commitments = List.of(
                worth("100000.00", null, RagStatus.NOT_STARTED),
                worth("20000.00", "0.9", RagStatus.AMBER),
                WeightedRag.manual(RagStatus.RED));
        assertThat(Rag.contractRatio(commitments)).contains(new BigDecimal("0.900000"));
        assertThat(Rag.forContract(commitments, RagBands.DEFAULT)).isEqualTo(RagStatus.AMBER);
    }

    @Test
    void aContractWithNothingThatWeighsIsNotStarted() {
        assertThat(Rag.forContract(List.of(), RagBands.DEFAULT)).isEqualTo(RagStatus.NOT_STARTED);
        assertThat(Rag.forContract(
                        List.of(worth("100000.00", null, RagStatus.NOT_STARTED), WeightedRag.manual(RagStatus.GREEN)),
                        RagBands.DEFAULT))
                .isEqualTo(RagStatus.NOT_STARTED);
        assertThat(Rag.contractRatio(List.of())).isEmpty();
    }

    @Test
    void aContractIsCompleteWhenEverythingThatWeighsIsComplete() {
        assertThat(Rag.forContract(
                        List.of(
                                worth("60000.00", null, RagStatus.COMPLETE),
                                worth("40000.00", "2.0", RagStatus.COMPLETE),
                                worth("5000.00", null, RagStatus.NOT_STARTED),
                                WeightedRag.manual(RagStatus.AMBER)),
                        RagBands.DEFAULT))
                .isEqualTo(RagStatus.COMPLETE);
    }

    @Test
    void aWeighedCommitmentThatIsNeitherNotStartedNorCompleteNeedsItsRatio() {
        assertThatIllegalArgumentException().isThrownBy(() -> worth("1000.00", null, RagStatus.AMBER));
        assertThatIllegalArgumentException().isThrownBy(() -> worth("-1.00", "1.0", RagStatus.GREEN));
        assertThatIllegalArgumentException().isThrownBy(() -> worth("1000.00", "-0.1", RagStatus.RED));
    }

    @Test
    void theDefaultBandsAreNinetyFiveAndEightyFive() {
        assertThat(RagBands.DEFAULT.upperPercent()).isEqualByComparingTo("95");
        assertThat(RagBands.DEFAULT.lowerPercent()).isEqualByComparingTo("85");
    }

    @Test
    void bandsMustRunAboveZeroToAtMostAHundredWithTheLowerNotAboveTheUpper() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RagBands(new BigDecimal("80"), new BigDecimal("90")))
                .withMessageContaining("RAG bands");
        assertThatIllegalArgumentException().isThrownBy(() -> new RagBands(new BigDecimal("90"), BigDecimal.ZERO));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RagBands(new BigDecimal("100.01"), new BigDecimal("85")));
        // Equal bands leave no amber
        RagBands noAmber = new RagBands(new BigDecimal("90"), new BigDecimal("90"));
        assertThat(Rag.of(HUNDRED_OVER_TEN_DAYS, new BigDecimal("44.99"), HALF_WAY, noAmber))
                .isEqualTo(RagStatus.RED);
        assertThat(Rag.of(HUNDRED_OVER_TEN_DAYS, new BigDecimal("45"), HALF_WAY, noAmber))
                .isEqualTo(RagStatus.GREEN);
    }

    @Test
    void everyStatusHasTheWordsTheCouncilsUse() {
        assertThat(RagStatus.values())
                .extracting(RagStatus::label)
                .containsExactly("Not started", "Red", "Amber", "Green", "Complete");
    }
}
