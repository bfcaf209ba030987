package org.svtracker.domain.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedMap;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.money.Money;

/** A commitment as the pages show it, with the proxy frozen at award and the values it gives. */
public record CommitmentView(
        long id,
        long contractId,
        long measureId,
        long primaryOutcomeId,
        BigDecimal targetQuantity,
        LocalDate dueDate,
        SortedMap<Quarter, BigDecimal> quarterlyTargets,
        String narrative,
        boolean local,
        Money proxyPerUnit,
        FinancialYear proxyFinancialYear,
        String proxySource,
        String proxyLicence,
        Money grossValue,
        Money netValue,
        BigDecimal deadweightPercent,
        BigDecimal attributionPercent,
        RagStatus manualRag,
        long version) {

    static CommitmentView of(Commitment c) {
        return new CommitmentView(
                c.id(),
                c.contractId(),
                c.measureId(),
                c.primaryOutcomeId(),
                c.totalTarget().signum() == 0 ? null : c.totalTarget(),
                c.dueDate(),
                c.quarterlyTargets(),
                c.narrative(),
                c.local(),
                c.proxyPerUnit(),
                c.proxyFinancialYear(),
                c.proxySource(),
                c.proxyLicence(),
                c.grossValue(),
                c.netValue(),
                c.deadweightPercent(),
                c.attributionPercent(),
                c.manualRag(),
                c.version());
    }
}
