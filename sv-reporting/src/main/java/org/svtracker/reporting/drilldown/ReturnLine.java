package org.svtracker.reporting.drilldown;

import java.math.BigDecimal;
import java.util.List;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.money.Money;

/** One return behind a figure: what was delivered, where, and the £ it adds at the frozen proxy. */
public record ReturnLine(
        long returnId,
        long commitmentId,
        String contractReference,
        String contractTitle,
        String supplier,
        String measure,
        String unit,
        String outcome,
        Quarter quarter,
        BigDecimal quantity,
        Money proxyPerUnit,
        Money value,
        String status,
        int evidenceFiles) {

    /** The £ the returns add together: the figure they lie behind. */
    public static Money totalOf(List<ReturnLine> lines) {
        return lines.stream().map(ReturnLine::value).reduce(Money.ZERO, Money::plus);
    }
}
