package org.challengemarket.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestSizeLimitsTest {

    @Test
    void jsonIsApplicationJsonOrAStructuredJsonSuffix() {
        assertTrue(RequestSizeLimits.isJson("application/json"));
        assertTrue(RequestSizeLimits.isJson("Application/JSON; charset=UTF-8"));
        assertTrue(RequestSizeLimits.isJson("application/merge-patch+json"));
        assertFalse(RequestSizeLimits.isJson("text/plain"));
        assertFalse(RequestSizeLimits.isJson("application/x-www-form-urlencoded"));
        assertFalse(RequestSizeLimits.isJson("text/json+x"));
        assertFalse(RequestSizeLimits.isJson(null));
    }

    @Test
    void limitsAreDescribedInTheirLargestWholeUnit() {
        assertEquals("1 MB", RequestSizeLimits.describe(1024 * 1024));
        assertEquals("20 MB", RequestSizeLimits.describe(20L * 1024 * 1024));
        assertEquals("512 KB", RequestSizeLimits.describe(512 * 1024));
        assertEquals("1000 bytes", RequestSizeLimits.describe(1000));
    }
}
