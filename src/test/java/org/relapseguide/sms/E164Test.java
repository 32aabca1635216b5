package org.relapseguide.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Customer Profile API's country code and number become one E.164 number, or none when they cannot. */
class E164Test {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "+1   | 5555550147       | +15555550147",
                "1    | (555) 555-0147   | +15555550147",
                "+1   | 555.555.0147     | +15555550147",
                "+1   | 1 555 555 0147   | +15555550147",
                "+1   | +1 555 555 0147  | +15555550147",
                "+44  | 07700 900123     | +447700900123",
                "44   | 7700900123       | +447700900123",
                "+49  | 0151 23456789    | +4915123456789",
                "     | +44 7700 900123  | +447700900123",
            })
    void plausible_numbers_are_normalized(String countryCode, String phoneNumber, String e164) {
        assertThat(E164.of(countryCode, phoneNumber)).contains(e164);
    }

    @ParameterizedTest(name = "{0} + {1} -> none")
    @CsvSource(
            delimiter = '|',
            value = {
                "+1   | 555 0147",
                "+1   | 55555501470",
                "     | 5555550147",
                "+1   | ",
                "+1   | 555-CALL-NOW",
                "+44  | 1234567890123456",
            })
    void implausible_numbers_give_none(String countryCode, String phoneNumber) {
        assertThat(E164.of(countryCode, phoneNumber)).isEmpty();
    }
}
