package org.svtracker.domain.progress;

import java.util.List;
import org.svtracker.domain.money.Money;

/**
 * Social value delivered (verified) and claimed (submitted) in a financial year, by theme and by
 * outcome. Each return counts once, under its commitment's primary outcome, so outcomes add up to
 * their theme and themes to the grand total, to the penny.
 */
public record OutcomeTotals(List<ThemeTotal> themes, Money delivered, Money claimed) {

    public record ThemeTotal(
            long themeId, String code, String name, List<OutcomeTotal> outcomes, Money delivered, Money claimed) {}

    public record OutcomeTotal(long outcomeId, String code, String name, Money delivered, Money claimed) {}
}
