package org.svtracker.domain.council;

/** A council's settings as an edit form shows them, with the version the form sends back. */
public record EditableSettings(long councilId, String councilName, CouncilSettings settings, long version) {}
