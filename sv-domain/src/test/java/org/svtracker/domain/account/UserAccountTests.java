package org.svtracker.domain.account;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class UserAccountTests {

    @Test
    void disablingADisabledUserOrEnablingAnEnabledOneIsRefused() {
        UserAccount officer = UserAccount.councilStaff(
                "officer", "Olu Officer", "o@example.org", "hash", Role.PROCUREMENT_OFFICER, 1);

        assertThatExceptionOfType(AccountUnchanged.class)
                .isThrownBy(officer::enable)
                .withMessage("User officer is already enabled");
        officer.disable();
        assertThatExceptionOfType(AccountUnchanged.class)
                .isThrownBy(officer::disable)
                .withMessage("User officer is already disabled");
    }
}
