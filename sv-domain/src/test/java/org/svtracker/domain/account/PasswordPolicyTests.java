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
        String twelve = "🍎🚲🎻🦊📚🧀🚀🌵🎈🐙🧩🍕";
        assertThat(PasswordPolicy.isAcceptable(twelve.substring(0, twelve.offsetByCodePoints(0, 11))))
                .isFalse();
        assertThat(PasswordPolicy.isAcceptable(twelve)).isTrue();
    }
}
