package org.svtracker.web.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.svtracker.domain.council.CouncilSettings;
import org.svtracker.web.form.Numbers;
import org.svtracker.web.layout.ErrorItem;

/** The council settings as typed: text, so that anything typed can be shown back with its error. */
record SettingsForm(
        String socialValueThreshold,
        String targetPercent,
        String minimumWeightingPercent,
        String ragUpperPercent,
        String ragLowerPercent,
        long version) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TOO_MUCH = new BigDecimal("1000000000000");

    static SettingsForm of(CouncilSettings settings, long version) {
        return new SettingsForm(
                Numbers.text(settings.socialValueThreshold()),
                Numbers.text(settings.targetPercent()),
                Numbers.text(settings.minimumWeightingPercent()),
                Numbers.text(settings.ragUpperPercent()),
                Numbers.text(settings.ragLowerPercent()),
                version);
    }

    /** Every problem, one per field at most, in the order the fields stand on the page. */
    List<ErrorItem> problems() {
        List<ErrorItem> errors = new ArrayList<>();
        if (Numbers.isBlank(socialValueThreshold)) {
            errors.add(error("socialValueThreshold", "missing"));
        } else {
            var threshold = Numbers.UNCAPPED_AMOUNT.parse(socialValueThreshold);
            if (threshold.isEmpty()) {
                errors.add(error("socialValueThreshold", "format"));
            } else if (threshold.get().compareTo(TOO_MUCH) >= 0) {
                errors.add(error("socialValueThreshold", "tooMuch"));
            }
        }
        if (!Numbers.isBlank(targetPercent)) {
            var target = Numbers.UNCAPPED_AMOUNT.parse(targetPercent);
            if (target.isEmpty()) {
                errors.add(error("targetPercent", "format"));
            } else if (target.get().signum() <= 0 || target.get().compareTo(HUNDRED) > 0) {
                errors.add(error("targetPercent", "range"));
            }
        }
        percent("minimumWeightingPercent", minimumWeightingPercent, errors);
        boolean upperOk = percent("ragUpperPercent", ragUpperPercent, errors);
        boolean lowerOk = percent("ragLowerPercent", ragLowerPercent, errors);
        if (lowerOk
                && Numbers.UNCAPPED_AMOUNT.parse(ragLowerPercent).orElseThrow().signum() == 0) {
            errors.add(error("ragLowerPercent", "zero"));
        } else if (upperOk
                && lowerOk
                && Numbers.UNCAPPED_AMOUNT
                                .parse(ragLowerPercent)
                                .orElseThrow()
                                .compareTo(Numbers.UNCAPPED_AMOUNT
                                        .parse(ragUpperPercent)
                                        .orElseThrow())
                        >= 0) {
            errors.add(error("ragLowerPercent", "order"));
        }
        return errors;
    }

    private static boolean percent(String field, String text, List<ErrorItem> errors) {
        if (Numbers.isBlank(text)) {
            errors.add(error(field, "missing"));
            return false;
        }
        var value = Numbers.UNCAPPED_AMOUNT.parse(text);
        if (value.isEmpty()) {
            errors.add(error(field, "format"));
            return false;
        }
        if (value.get().compareTo(HUNDRED) > 0) {
            errors.add(error(field, "range"));
            return false;
        }
        return true;
    }

    private static ErrorItem error(String field, String what) {
        return new ErrorItem(field, "councilAdmin.settings." + field + "." + what);
    }

    /** The settings, once {@link #problems()} found none. */
    CouncilSettings settings() {
        return new CouncilSettings(
                Numbers.UNCAPPED_AMOUNT.parse(socialValueThreshold).orElseThrow(),
                Numbers.isBlank(targetPercent)
                        ? null
                        : Numbers.UNCAPPED_AMOUNT.parse(targetPercent).orElseThrow(),
                Numbers.UNCAPPED_AMOUNT.parse(minimumWeightingPercent).orElseThrow(),
                Numbers.UNCAPPED_AMOUNT.parse(ragUpperPercent).orElseThrow(),
                Numbers.UNCAPPED_AMOUNT.parse(ragLowerPercent).orElseThrow());
    }
}
