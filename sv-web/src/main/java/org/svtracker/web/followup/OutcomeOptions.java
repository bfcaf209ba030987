package org.svtracker.web.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.svtracker.domain.framework.FrameworkView;
import org.svtracker.domain.framework.Frameworks;
import org.svtracker.web.layout.Messages;
import org.svtracker.web.layout.Option;

/** The outcomes of the council's framework in force, "Theme: outcome", for a select; only those may be chosen. */
@Component
record OutcomeOptions(Frameworks frameworks, Messages messages, Clock clock) {

    /** Open outcomes, and the one already chosen even if it has been retired since. */
    List<Option> of(long councilId, Long chosen) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", messages.text("followUp.chooseOutcome")));
        frameworks.frameworkInForce(councilId, LocalDate.now(clock)).ifPresent(framework -> {
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

    /** Refuses, as not found, an outcome id typed that is not one of the options (another council's). */
    void requireOffered(long councilId, String typed, Long chosen) {
        Choices.requireOffered(
                Choices.id(typed),
                of(councilId, chosen).stream()
                        .filter(o -> o.value() instanceof Long)
                        .map(o -> (Long) o.value())
                        .toList());
    }
}
