package org.svtracker.domain.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CouncilSettingsTests {

    private static final CouncilSettings OXFORDSHIRE = CouncilSettings.withThreshold(new BigDecimal("100000.00"), null);
    private static final CouncilSettings SURREY =
            CouncilSettings.withThreshold(new BigDecimal("0.00"), new BigDecimal("10.00"));

    @Test
    void aContractIsInScopeFromTheThresholdUpwards() {
        assertThat(OXFORDSHIRE.isInScope(new BigDecimal("99999.99"))).isFalse();
        assertThat(OXFORDSHIRE.isInScope(new BigDecimal("100000.00"))).isTrue();
        assertThat(OXFORDSHIRE.isInScope(new BigDecimal("100000.01"))).isTrue();
    }

    @Test
    void aZeroThresholdPutsEveryContractInScope() {
        assertThat(SURREY.isInScope(new BigDecimal("0.00"))).isTrue();
        assertThat(SURREY.isInScope(new BigDecimal("1.00"))).isTrue();
    }

    @Test
    void defaultsAreTenPercentWeightingAndBandsOfNinetyFiveAndEightyFive() {
        assertThat(OXFORDSHIRE.minimumWeightingPercent()).isEqualByComparingTo("10");
        assertThat(OXFORDSHIRE.ragUpperPercent()).isEqualByComparingTo("95");
        assertThat(OXFORDSHIRE.ragLowerPercent()).isEqualByComparingTo("85");
    }

    @Test
    void refusesALowerBandAboveTheUpperBand() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CouncilSettings(
                        BigDecimal.ZERO, null, BigDecimal.TEN, new BigDecimal("80"), new BigDecimal("90")))
                .withMessageContaining("RAG bands");
    }

    @Test
    void refusesANegativeThresholdAndATargetOverOneHundredPercent() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CouncilSettings.withThreshold(new BigDecimal("-0.01"), null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CouncilSettings.withThreshold(BigDecimal.ZERO, new BigDecimal("100.01")));
    }
}
