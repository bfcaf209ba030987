package org.svtracker.domain.commitment;

import java.math.BigDecimal;
import org.svtracker.domain.money.Money;

/**
 * A contract's committed social value against its value and the council's target: gross and net
 * totals, gross as a % of contract value, and whether it meets the target (null when none is set).
 */
public record SocialValueShare(
        Money contractValue,
        Money committedGross,
        Money committedNet,
        BigDecimal percentOfContractValue,
        BigDecimal targetPercent,
        Boolean meetsTarget) {}
