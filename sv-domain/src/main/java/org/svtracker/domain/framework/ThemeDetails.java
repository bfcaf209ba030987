package org.svtracker.domain.framework;

/** One theme as its forms show it, with the version a rename sends back. */
public record ThemeDetails(long id, long editionId, String code, String name, long version) {}
