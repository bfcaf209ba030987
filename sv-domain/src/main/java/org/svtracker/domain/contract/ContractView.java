package org.svtracker.domain.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.svtracker.domain.money.Money;

/** A contract as the pages show it. */
public record ContractView(
        long id,
        long councilId,
        String reference,
        String title,
        ContractCategory category,
        Money value,
        LocalDate startDate,
        LocalDate endDate,
        ContractStatus status,
        BigDecimal weightingPercent,
        String weightingReason,
        Long supplierId,
        LocalDate awardedOn,
        Long procurementOfficerId,
        Long contractManagerId,
        String ocid,
        String localArea,
        long version) {

    static ContractView of(Contract c) {
        return new ContractView(
                c.id(),
                c.councilId(),
                c.reference(),
                c.title(),
                c.category(),
                c.value(),
                c.startDate(),
                c.endDate(),
                c.status(),
                c.weightingPercent(),
                c.weightingReason(),
                c.supplierId(),
                c.awardedOn(),
                c.procurementOfficerId(),
                c.contractManagerId(),
                c.ocid(),
                c.localArea(),
                c.version());
    }
}
