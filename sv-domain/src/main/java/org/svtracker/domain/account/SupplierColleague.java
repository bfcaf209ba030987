package org.svtracker.domain.account;

/** A user of a supplier organisation, as the supplier's own users see them. */
public record SupplierColleague(long id, String username, String displayName, String email, boolean enabled) {}
