package org.svtracker.reporting.drilldown;

import java.math.BigDecimal;
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
        Money net) {}
