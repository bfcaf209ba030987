package org.svtracker.domain.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CompaniesHouseNumberTests {

    @ParameterizedTest
    @CsvSource({
        "01234567, 01234567",
        "'  01234567  ', 01234567",
        "'0123 4567', 01234567",
        "SC123456, SC123456",
        "sc123456, SC123456",
        "'oc 301 234', OC301234",
        "'NI 012345', NI012345",
    })
    void aNumberIsWrittenInItsEightCharacterForm(String typed, String written) {
        assertThat(CompaniesHouseNumber.normalise(typed)).contains(written);
        assertThat(CompaniesHouseNumber.isValid(typed)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1234567, 01234567", "123, 00000123", "1, 00000001", "' 2 3 ', 00000023"})
    void aShortAllDigitNumberIsPaddedWithLeadingZeros(String typed, String written) {
        assertThat(CompaniesHouseNumber.normalise(typed)).contains(written);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "123456789",
                "SC12345",
                "SC1234567",
                "S1234567",
                "1SC23456",
                "SC12345A",
                "ABC12345",
                "01234-567",
                "£1234567"
            })
    void anythingElseIsNotACompanyNumber(String typed) {
        assertThat(CompaniesHouseNumber.normalise(typed)).isEmpty();
        assertThat(CompaniesHouseNumber.isValid(typed)).isFalse();
    }

    @Test
    void theSameCompanyTypedTwoWaysIsTheSameNumber() {
        assertThat(CompaniesHouseNumber.normalise("1234567")).isEqualTo(CompaniesHouseNumber.normalise(" 0123 4567 "));
    }
}
