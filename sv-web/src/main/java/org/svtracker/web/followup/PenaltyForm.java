package org.svtracker.web.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.svtracker.web.form.Numbers;
import org.svtracker.web.layout.ErrorItem;

/** A penalty under the contract: an amount in pounds and the reason, on the version the user saw. */
record PenaltyForm(Long version, String penaltyAmount, String penaltyReason) {

    /** Pounds as people type them: "1500", "£1,500.00". At most two decimals, more than £0. */
    Optional<BigDecimal> amount() {
        return Numbers.AMOUNT
                .parse(penaltyAmount)
                .map(value -> value.setScale(2))
                .filter(value -> value.signum() > 0);
    }

    List<ErrorItem> problems() {
        List<ErrorItem> errors = new ArrayList<>();
        if (penaltyAmount == null || penaltyAmount.isBlank()) {
            errors.add(new ErrorItem("penaltyAmount", "followUp.remedy.error.penaltyMissing"));
        } else if (amount().isEmpty()) {
            errors.add(new ErrorItem("penaltyAmount", "followUp.remedy.error.penaltyInvalid"));
        }
        if (penaltyReason == null || penaltyReason.isBlank()) {
            errors.add(new ErrorItem("penaltyReason", "followUp.remedy.error.penaltyReasonMissing"));
        } else if (penaltyReason.strip().length() > 1000) {
            errors.add(new ErrorItem("penaltyReason", "followUp.error.tooLong", 1000));
        }
        return errors;
    }
}
