package org.challengemarket.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Belgian enterprise numbers by their mod-97 check; other EU VAT numbers by format. */
class EnterpriseNumberTest {

    @Property
    void everyBelgianNumberWithTheRightCheckDigitsIsAccepted(@ForAll @LongRange(min = 0, max = 19_999_999) long base) {
        String digits = String.format("%08d%02d", base, 97 - base % 97);
        assertThat(EnterpriseNumber.parse(digits))
                .hasValueSatisfying(n -> assertThat(n.value()).isEqualTo("BE" + digits));
    }

    @Property
    void aBelgianNumberWithOtherCheckDigitsIsRefused(
            @ForAll @LongRange(min = 0, max = 19_999_999) long base,
            @ForAll @LongRange(min = 1, max = 96) long offset) {
        long wrong = (97 - base % 97 + offset) % 100;
        String digits = String.format("%08d%02d", base, wrong);
        assertThat(EnterpriseNumber.parse(digits)).isEmpty();
    }

    @Test
    void writtenFormsOfTheSameNumberAreNormalised() {
        assertThat(EnterpriseNumber.parse("BE 0403.170.701").map(EnterpriseNumber::value))
                .contains("BE0403170701");
        assertThat(EnterpriseNumber.parse("0403-170-701").map(EnterpriseNumber::value))
                .contains("BE0403170701");
        assertThat(EnterpriseNumber.parse("403170701").map(EnterpriseNumber::value))
                .contains("BE0403170701");
    }

    @Test
    void otherEuVatNumbersAreCheckedByFormat() {
        assertThat(EnterpriseNumber.parse("NL123456789B01")).isPresent();
        assertThat(EnterpriseNumber.parse("FR 12 345678901")).isPresent();
        assertThat(EnterpriseNumber.parse("DE123456789")).isPresent();
        assertThat(EnterpriseNumber.parse("DE12345678")).isEmpty();
        assertThat(EnterpriseNumber.parse("XX123456789")).isEmpty();
        assertThat(EnterpriseNumber.parse("BE2403170701")).isEmpty();
        assertThat(EnterpriseNumber.parse("")).isEmpty();
        assertThat(EnterpriseNumber.parse(null)).isEmpty();
    }
}
