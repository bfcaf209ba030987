package org.svtracker.reporting.drilldown;

import java.math.BigDecimal;
import java.util.List;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.money.Money;

/** One commitment behind the committed figure: what was promised, at which frozen proxy, worth what. */
public record CommitmentLine(
        long commitmentId,
        String contractReference,
        String contractTitle,
        String supplier,
        String measure,
        String unit,
        BigDecimal target,
        Money proxyPerUnit,
        FinancialYear proxyYear,
        Money gross,
        Money net) {

    /** The gross £ the commitments add together: the committed figure they lie behind. */
    public static Money grossOf(List<CommitmentLine> lines) {
        return lines.stream().map(CommitmentLine::gross).reduce(Money.ZERO, Money::plus);
    }
}
