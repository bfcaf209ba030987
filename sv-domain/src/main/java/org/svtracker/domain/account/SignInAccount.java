package org.svtracker.domain.account;

/**
 * What sign-in needs to know about a user. The organisation names are resolved here so that the
 * web tier never has to look them up per request.
 */
public record SignInAccount(
        long id,
        String username,
        String displayName,
        String passwordHash,
        Role role,
        boolean enabled,
        Long councilId,
        String councilSlug,
        String councilName,
        Long supplierId,
        String supplierName) {}
