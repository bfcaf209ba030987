package org.svtracker.domain.account;

/** A council's user as the council admin sees them. */
public record StaffMember(long id, String username, String displayName, Role role, boolean enabled) {}
