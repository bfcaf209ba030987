package org.svtracker.domain.council;

/** A council as the pages show it. */
public record CouncilSummary(long id, String slug, String name, CouncilSettings settings, long userCount) {}
