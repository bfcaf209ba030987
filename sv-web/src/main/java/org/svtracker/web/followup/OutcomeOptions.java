package org.svtracker.web.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.svtracker.domain.framework.FrameworkView;
import org.svtracker.domain.framework.Frameworks;
import org.svtracker.web.layout.Option;

/** The outcomes of the council's framework in force, "Theme: outcome", for a select. */
final class OutcomeOptions {

    private OutcomeOptions() {}

    /** Open outcomes, and the one already chosen even if it has been retired since. */
    static List<Option> of(Frameworks frameworks, long councilId, LocalDate today, String choose, Long chosen) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", choose));
        frameworks.frameworkInForce(councilId, today).ifPresent(framework -> {
            for (FrameworkView.ThemeView theme : framework.themes()) {
                for (FrameworkView.OutcomeView outcome : theme.outcomes()) {
                    if (!outcome.retired() || Long.valueOf(outcome.id()).equals(chosen)) {
                        options.add(new Option(outcome.id(), theme.name() + ": " + outcome.name()));
                    }
                }
            }
        });
        return options;
    }

    static List<Long> ids(List<Option> options) {
        return options.stream()
                .filter(o -> o.value() instanceof Long)
                .map(o -> (Long) o.value())
                .toList();
    }
}
