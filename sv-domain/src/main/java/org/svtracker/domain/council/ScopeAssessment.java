package org.svtracker.domain.council;

import java.math.BigDecimal;

/**
 * Whether a contract is in scope for social value under the council's threshold, and whether an
 * in-scope contract falls under the statutory threshold in force (a warning, not a refusal).
 */
public record ScopeAssessment(
        boolean inScope,
        BigDecimal councilThreshold,
        BigDecimal statutoryThreshold,
        String statutoryDescription,
        boolean underStatutoryThreshold) {}
