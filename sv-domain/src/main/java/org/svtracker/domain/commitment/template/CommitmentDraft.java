package org.svtracker.domain.commitment.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.svtracker.domain.commitment.CommitmentTerms;
import org.svtracker.domain.framework.FrameworkView.OutcomeView;
import org.svtracker.domain.measure.MeasureView;

/** One row of an uploaded template that passed every check: a commitment ready to be added. */
record CommitmentDraft(
        int row,
        MeasureView measure,
        BigDecimal targetQuantity,
        LocalDate dueDate,
        OutcomeView primaryOutcome,
        boolean local,
        BigDecimal deadweightPercent,
        BigDecimal attributionPercent,
        String narrative) {

    CommitmentTerms terms() {
        return new CommitmentTerms(
                measure.id(),
                targetQuantity,
                dueDate,
                null,
                primaryOutcome.id(),
                narrative,
                local,
                deadweightPercent,
                attributionPercent);
    }
}
