package org.challengemarket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void anETagIsTheVersion() {
        assertThat(ETags.of(7).getValue()).isEqualTo("7");
        assertThat(ETags.of(7).isWeak()).isFalse();
    }

    @Test
    void ifMatchIsReadQuotedUnquotedOrWeak() {
        assertThat(ETags.requiredVersion("\"3\"")).isEqualTo(3);
        assertThat(ETags.requiredVersion(" \"3\" ")).isEqualTo(3);
        assertThat(ETags.requiredVersion("3")).isEqualTo(3);
        assertThat(ETags.requiredVersion("W/\"3\"")).isEqualTo(3);
    }

    @Test
    void missingIfMatchIsRequired428() {
        assertThat(refusal(null)).isEqualTo(ProblemType.PRECONDITION_REQUIRED);
        assertThat(refusal("  ")).isEqualTo(ProblemType.PRECONDITION_REQUIRED);
    }

    @Test
    void ifMatchNamingNoVersionFails412() {
        assertThat(refusal("\"abc\"")).isEqualTo(ProblemType.PRECONDITION_FAILED);
        assertThat(refusal("*")).isEqualTo(ProblemType.PRECONDITION_FAILED);
        assertThat(refusal("\"1\", \"2\"")).isEqualTo(ProblemType.PRECONDITION_FAILED);
    }

    @Test
    void optionalIfMatchMayBeAbsentOrAny() {
        assertThat(ETags.optionalVersion(null)).isNull();
        assertThat(ETags.optionalVersion("")).isNull();
        assertThat(ETags.optionalVersion("*")).isNull();
        assertThat(ETags.optionalVersion("\"4\"")).isEqualTo(4L);
    }

    @Test
    void ifNoneMatchMatchesAnyListedVersionOrStar() {
        assertThat(ETags.matches("\"1\", \"2\"", 2)).isTrue();
        assertThat(ETags.matches("W/\"2\"", 2)).isTrue();
        assertThat(ETags.matches("*", 9)).isTrue();
        assertThat(ETags.matches("\"1\", \"3\"", 2)).isFalse();
        assertThat(ETags.matches(null, 2)).isFalse();
    }

    private static ProblemType refusal(String ifMatch) {
        return assertThatExceptionOfType(ProblemException.class)
                .isThrownBy(() -> ETags.requiredVersion(ifMatch))
                .actual()
                .type();
    }

    @Test
    void ifNoneMatchComparesOpaqueTagsWeakly() {
        assertThat(ETags.matchesWeakly("W/\"abc\"", "abc")).isTrue();
        assertThat(ETags.matchesWeakly("\"x\", \"abc\"", "abc")).isTrue();
        assertThat(ETags.matchesWeakly("*", "abc")).isTrue();
        assertThat(ETags.matchesWeakly("W/\"abd\"", "abc")).isFalse();
        assertThat(ETags.matchesWeakly(null, "abc")).isFalse();
    }
}
