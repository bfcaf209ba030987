package org.svtracker.domain.framework;

import java.time.LocalDate;
import java.util.List;

/** A framework edition to start, with its themes and their outcomes in order. */
public record NewFrameworkEdition(String name, LocalDate effectiveFrom, List<ThemeDraft> themes) {

    public record ThemeDraft(String code, String name, List<OutcomeDraft> outcomes) {}

    public record OutcomeDraft(String code, String name) {}
}
