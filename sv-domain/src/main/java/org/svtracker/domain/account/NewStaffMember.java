package org.svtracker.domain.account;

public record NewStaffMember(
        String username, String displayName, String email, String password, Role role, long councilId) {}
