package org.svtracker.domain.beyond;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.measure.MeasureUnit;

/** A beyond-procurement activity as the pages show it, with the outcome of the framework it serves. */
public record ActivityView(
        long id,
        ActivityKind kind,
        String title,
        String description,
        long outcomeId,
        String outcomeName,
        LocalDate activityDate,
        BigDecimal quantity,
        MeasureUnit unit,
        long version) {

    /** The annual report of this year shows the activity. */
    public FinancialYear financialYear() {
        return FinancialYear.of(activityDate);
    }
}
