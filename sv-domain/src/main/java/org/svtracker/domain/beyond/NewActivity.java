package org.svtracker.domain.beyond;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.svtracker.domain.measure.MeasureUnit;

public record NewActivity(
        ActivityKind kind,
        String title,
        String description,
        long outcomeId,
        LocalDate activityDate,
        BigDecimal quantity,
        MeasureUnit unit) {}
