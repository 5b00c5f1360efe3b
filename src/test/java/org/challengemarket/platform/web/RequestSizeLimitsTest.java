package org.challengemarket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestSizeLimitsTest {

    @Test
    void jsonIsApplicationJsonOrAStructuredJsonSuffix() {
        assertThat(RequestSizeLimits.isJson("application/json")).isTrue();
        assertThat(RequestSizeLimits.isJson("Application/JSON; charset=UTF-8")).isTrue();
        assertThat(RequestSizeLimits.isJson("application/merge-patch+json")).isTrue();
        assertThat(RequestSizeLimits.isJson("text/plain")).isFalse();
        assertThat(RequestSizeLimits.isJson("application/x-www-form-urlencoded"))
                .isFalse();
        assertThat(RequestSizeLimits.isJson("text/json+x")).isFalse();
        assertThat(RequestSizeLimits.isJson(null)).isFalse();
    }

    @Test
    void limitsAreDescribedInTheirLargestWholeUnit() {
        assertThat(RequestSizeLimits.describe(1024 * 1024)).isEqualTo("1 MB");
        assertThat(RequestSizeLimits.describe(20L * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(RequestSizeLimits.describe(512 * 1024)).isEqualTo("512 KB");
        assertThat(RequestSizeLimits.describe(1000)).isEqualTo("1000 bytes");
    }
}
