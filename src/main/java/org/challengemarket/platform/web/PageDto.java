package org.challengemarket.platform.web;

import java.util.List;

/** One page of a list: the items, where it is, and how many there are in all. */
public record PageDto<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <T> PageDto<T> of(List<T> items, PageRequest request, long total) {
        int pages = (int) ((total + request.size() - 1) / request.size());
        return new PageDto<>(items, request.page(), request.size(), total, pages);
    }
}
