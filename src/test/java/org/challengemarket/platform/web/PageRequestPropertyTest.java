package org.challengemarket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.challengemarket.platform.error.Problem;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;

/** Paging accepts exactly pages 1 to 100,000 of 1 to 100 items, and never overflows its offset. */
class PageRequestPropertyTest {

    @Property
    void everyPageInRangeIsAcceptedWithItsOffset(
            @ForAll @IntRange(min = 1, max = PageRequest.MAX_PAGE) int page,
            @ForAll @IntRange(min = 1, max = PageRequest.MAX_SIZE) int size) {
        PageRequest request = PageRequest.of(page, size);
        assertThat(request.page()).isEqualTo(page);
        assertThat(request.size()).isEqualTo(size);
        assertThat(request.offset()).isEqualTo((long) (page - 1) * size);
        assertThat(request.offset() >= 0).isTrue();
    }

    @Property
    void aPageOutOfRangeIsRefusedNamingPage(@ForAll int page, @ForAll @IntRange(min = 1, max = 100) int size) {
        Assume.that(page < 1 || page > PageRequest.MAX_PAGE);
        assertThat(refusedFields(page, size)).isEqualTo(List.of("page"));
    }

    @Property
    void aSizeOutOfRangeIsRefusedNamingSize(@ForAll @IntRange(min = 1, max = 1000) int page, @ForAll int size) {
        Assume.that(size < 1 || size > PageRequest.MAX_SIZE);
        assertThat(refusedFields(page, size)).isEqualTo(List.of("size"));
    }

    @Example
    void absentValuesMeanTheFirstPageOfTwenty() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(1, PageRequest.DEFAULT_SIZE));
    }

    @Example
    void queryParametersThatAreNoNumbersAreRefusedTogether() {
        QueryParams params = new QueryParams();
        params.page("first", "0");
        ProblemException refused = assertThatExceptionOfType(ProblemException.class)
                .isThrownBy(params::done)
                .actual();
        assertThat(refused.type()).isEqualTo(ProblemType.INVALID_REQUEST);
        assertThat(refused.errors().stream().map(Problem.FieldError::field).toList())
                .isEqualTo(List.of("page", "size"));
    }

    private static List<String> refusedFields(int page, int size) {
        ProblemException refused = assertThatExceptionOfType(ProblemException.class)
                .isThrownBy(() -> PageRequest.of(page, size))
                .actual();
        assertThat(refused.type()).isEqualTo(ProblemType.INVALID_REQUEST);
        return refused.errors().stream().map(Problem.FieldError::field).toList();
    }
}
