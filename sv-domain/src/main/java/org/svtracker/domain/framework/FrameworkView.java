package org.svtracker.domain.framework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A council's framework as the pages and the importer read it. */
public record FrameworkView(long editionId, String name, LocalDate effectiveFrom, List<ThemeView> themes) {

    public record ThemeView(long id, String code, String name, List<OutcomeView> outcomes) {}

    public record OutcomeView(long id, String code, String name, boolean retired) {}

    public List<OutcomeView> outcomes() {
        return themes.stream().flatMap(t -> t.outcomes().stream()).toList();
    }

    /** Outcomes that can take new commitments, by code. */
    public Map<String, OutcomeView> openOutcomesByCode() {
        return outcomes().stream()
                .filter(o -> !o.retired())
                .collect(Collectors.toMap(OutcomeView::code, Function.identity()));
    }
}
