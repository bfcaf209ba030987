package org.svtracker.domain.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UkPostcodeTests {

    @ParameterizedTest
    @CsvSource({
        "sw1a1aa, SW1A 1AA",
        "'  m1 1ae ', M1 1AE",
        "'SW1A  1AA', SW1A 1AA",
        "'o x 1 3 p q', OX1 3PQ",
    })
    void aPostcodeIsUpperCasedWithOneSpaceBeforeTheInwardCode(String typed, String written) {
        assertThat(UkPostcode.normalise(typed)).contains(written);
    }

    @ParameterizedTest
    @CsvSource({
        "M11AE, M1 1AE", // A9
        "B338TH, B33 8TH", // A99
        "CR26XH, CR2 6XH", // AA9
        "DN551PT, DN55 1PT", // AA99
        "W1A0AX, W1A 0AX", // A9A
        "EC1A1BB, EC1A 1BB", // AA9A
    })
    void everyOutwardFormInTheGovernmentRuleIsAccepted(String typed, String written) {
        assertThat(UkPostcode.normalise(typed)).contains(written);
        assertThat(UkPostcode.isValid(typed)).isTrue();
    }

    @Test
    void theGirobankPostcodeIsAcceptedAsTheOneException() {
        assertThat(UkPostcode.normalise("gir0aa")).contains("GIR 0AA");
        assertThat(UkPostcode.isValid("GIR 0AB")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "1AA",
                "SW1A",
                "SW1A 1A",
                "SW1A 1AAA",
                "SW1A AAA",
                "SW1A 11A",
                "ABC1 1AA",
                "A123 1AA",
                "1W1A 1AA",
                "SW1AA 1AA",
                "SW1A-1AA",
                "GIR 1AA"
            })
    void anythingElseIsNotAPostcode(String typed) {
        assertThat(UkPostcode.normalise(typed)).isEmpty();
        assertThat(UkPostcode.isValid(typed)).isFalse();
    }
}
