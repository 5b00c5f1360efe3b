package org.challengemarket.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(page, request.page());
        assertEquals(size, request.size());
        assertEquals((long) (page - 1) * size, request.offset());
        assertTrue(request.offset() >= 0);
    }

    @Property
    void aPageOutOfRangeIsRefusedNamingPage(@ForAll int page, @ForAll @IntRange(min = 1, max = 100) int size) {
        Assume.that(page < 1 || page > PageRequest.MAX_PAGE);
        assertEquals(List.of("page"), refusedFields(page, size));
    }

    @Property
    void aSizeOutOfRangeIsRefusedNamingSize(@ForAll @IntRange(min = 1, max = 1000) int page, @ForAll int size) {
        Assume.that(size < 1 || size > PageRequest.MAX_SIZE);
        assertEquals(List.of("size"), refusedFields(page, size));
    }

    @Example
    void absentValuesMeanTheFirstPageOfTwenty() {
        assertEquals(new PageRequest(1, PageRequest.DEFAULT_SIZE), PageRequest.of(null, null));
    }

    @Example
    void queryParametersThatAreNoNumbersAreRefusedTogether() {
        QueryParams params = new QueryParams();
        params.page("first", "0");
        ProblemException refused = assertThrows(ProblemException.class, params::done);
        assertEquals(ProblemType.INVALID_REQUEST, refused.type());
        assertEquals(
                List.of("page", "size"),
                refused.errors().stream().map(Problem.FieldError::field).toList());
    }

    private static List<String> refusedFields(int page, int size) {
        ProblemException refused = assertThrows(ProblemException.class, () -> PageRequest.of(page, size));
        assertEquals(ProblemType.INVALID_REQUEST, refused.type());
        return refused.errors().stream().map(Problem.FieldError::field).toList();
    }
}
