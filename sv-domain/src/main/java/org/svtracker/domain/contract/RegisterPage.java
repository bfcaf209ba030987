package org.svtracker.domain.contract;

import java.time.LocalDate;
import java.util.List;
import org.svtracker.domain.money.Money;

/** One page of the contracts register and how many rows and pages there are in all. */
public record RegisterPage(List<Row> rows, int page, int pageSize, long totalRows) {

    public record Row(
            long id,
            String reference,
            String title,
            String supplierName,
            ContractStatus status,
            Money value,
            LocalDate startDate,
            LocalDate endDate,
            boolean inScope,
            int commitments,
            Money committedGross) {}

    public int totalPages() {
        return (int) Math.max(1, (totalRows + pageSize - 1) / pageSize);
    }
}
