package org.svtracker.domain.account;

/** What the person following an invitation link is invited to: their name, role and organisation. */
public record OpenInvitation(String email, String displayName, Role role, String organisationName) {}
