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
        Boolean meetsTarget) {

    /**
     * The share of these totals: gross as a % of the contract value to 2 decimals (null for a
     * contract of £0), and whether that meets the target (null when no target is set).
     */
    public static SocialValueShare of(Money contractValue, Money gross, Money net, BigDecimal targetPercent) {
        BigDecimal percent = contractValue.isZero() ? null : gross.percentageOf(contractValue);
        Boolean meets = targetPercent == null || percent == null ? null : percent.compareTo(targetPercent) >= 0;
        return new SocialValueShare(contractValue, gross, net, percent, targetPercent, meets);
    }
}
