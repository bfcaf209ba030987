package org.svtracker.domain.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svtracker.domain.DomainIntegrationTest;

@DomainIntegrationTest
class ScopeTests {

    @Autowired
    CouncilRepository councils;

    @Autowired
    Scope scope;

    @Test
    void anInScopeContractUnderTheStatutoryThresholdInForceIsFlagged() {
        // Leicestershire's own threshold is £50,000; the statutory one was £177,897 from January 2022.
        long leicestershire = councils.save(new Council(
                        "scope-leics",
                        "Scope Leicestershire",
                        CouncilSettings.withThreshold(new BigDecimal("50000.00"), null)))
                .id();

        ScopeAssessment mid = scope.assess(leicestershire, new BigDecimal("100000.00"), LocalDate.of(2023, 6, 1));
        assertThat(mid.inScope()).isTrue();
        assertThat(mid.underStatutoryThreshold()).isTrue();
        assertThat(mid.statutoryThreshold()).isEqualByComparingTo("177897.00");

        ScopeAssessment later = scope.assess(leicestershire, new BigDecimal("200000.00"), LocalDate.of(2024, 6, 1));
        assertThat(later.statutoryThreshold()).isEqualByComparingTo("214904.00");
        assertThat(later.underStatutoryThreshold()).isTrue();

        ScopeAssessment small = scope.assess(leicestershire, new BigDecimal("49999.99"), LocalDate.of(2024, 6, 1));
        assertThat(small.inScope()).isFalse();
        assertThat(small.underStatutoryThreshold()).isFalse();
    }

    @Test
    void aZeroThresholdPutsEveryContractInScope() {
        long surrey = councils.save(new Council(
                        "scope-surrey",
                        "Scope Surrey",
                        CouncilSettings.withThreshold(BigDecimal.ZERO, new BigDecimal("10"))))
                .id();

        assertThat(scope.assess(surrey, new BigDecimal("500.00"), LocalDate.of(2025, 1, 1))
                        .inScope())
                .isTrue();
    }
}
