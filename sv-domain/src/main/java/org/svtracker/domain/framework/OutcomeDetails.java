package org.svtracker.domain.framework;

/** One outcome as its edit form shows it, with its theme and the version the form sends back. */
public record OutcomeDetails(
        long id, long themeId, String themeName, String code, String name, boolean retired, long version) {}
