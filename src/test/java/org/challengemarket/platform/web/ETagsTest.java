package org.challengemarket.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void anETagIsTheVersion() {
        assertEquals("7", ETags.of(7).getValue());
        assertFalse(ETags.of(7).isWeak());
    }

    @Test
    void ifMatchIsReadQuotedUnquotedOrWeak() {
        assertEquals(3, ETags.requiredVersion("\"3\""));
        assertEquals(3, ETags.requiredVersion(" \"3\" "));
        assertEquals(3, ETags.requiredVersion("3"));
        assertEquals(3, ETags.requiredVersion("W/\"3\""));
    }

    @Test
    void missingIfMatchIsRequired428() {
        assertEquals(ProblemType.PRECONDITION_REQUIRED, refusal(null));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, refusal("  "));
    }

    @Test
    void ifMatchNamingNoVersionFails412() {
        assertEquals(ProblemType.PRECONDITION_FAILED, refusal("\"abc\""));
        assertEquals(ProblemType.PRECONDITION_FAILED, refusal("*"));
        assertEquals(ProblemType.PRECONDITION_FAILED, refusal("\"1\", \"2\""));
    }

    @Test
    void optionalIfMatchMayBeAbsentOrAny() {
        assertNull(ETags.optionalVersion(null));
        assertNull(ETags.optionalVersion(""));
        assertNull(ETags.optionalVersion("*"));
        assertEquals(4L, ETags.optionalVersion("\"4\""));
    }

    @Test
    void ifNoneMatchMatchesAnyListedVersionOrStar() {
        assertTrue(ETags.matches("\"1\", \"2\"", 2));
        assertTrue(ETags.matches("W/\"2\"", 2));
        assertTrue(ETags.matches("*", 9));
        assertFalse(ETags.matches("\"1\", \"3\"", 2));
        assertFalse(ETags.matches(null, 2));
    }

    private static ProblemType refusal(String ifMatch) {
        return assertThrows(ProblemException.class, () -> ETags.requiredVersion(ifMatch))
                .type();
    }

    @Test
    void ifNoneMatchComparesOpaqueTagsWeakly() {
        assertTrue(ETags.matchesWeakly("W/\"abc\"", "abc"));
        assertTrue(ETags.matchesWeakly("\"x\", \"abc\"", "abc"));
        assertTrue(ETags.matchesWeakly("*", "abc"));
        assertFalse(ETags.matchesWeakly("W/\"abd\"", "abc"));
        assertFalse(ETags.matchesWeakly(null, "abc"));
    }
}
