package org.svtracker.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void aPasswordNeedsAtLeastTwelveCharacters() {
        assertThat(PasswordPolicy.isAcceptable("elevenchars")).isFalse();
        assertThat(PasswordPolicy.isAcceptable("twelve chars")).isTrue();
        assertThat(PasswordPolicy.isAcceptable(null)).isFalse();
    }

    @Test
    void charactersAreCountedAsPeopleSeeThem() {
        // eleven emoji are 22 UTF-16 units but only eleven characters
        assertThat(PasswordPolicy.isAcceptable("😀".repeat(11))).isFalse();
        assertThat(PasswordPolicy.isAcceptable("😀".repeat(12))).isTrue();
    }
}
