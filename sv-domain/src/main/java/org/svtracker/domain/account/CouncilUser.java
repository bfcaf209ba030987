package org.svtracker.domain.account;

/** A council's user as the council admin manages them, with the version their edits carry. */
public record CouncilUser(
        long id, String username, String displayName, String email, Role role, boolean enabled, long version) {}
