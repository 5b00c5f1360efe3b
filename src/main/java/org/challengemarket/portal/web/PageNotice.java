package org.challengemarket.portal.web;

import java.util.Arrays;

/**
 * What a page confirms after a successful form post (Post/Redirect/Get), named by the
 * {@code notice} query parameter of the page the post sees next.
 */
public interface PageNotice {

    String name();

    /** The value of the {@code notice} query parameter. */
    default String param() {
        return name().toLowerCase();
    }

    /**
     * The notice of {@code type} that a {@code notice} query parameter names, or null: an unknown
     * value shows nothing.
     */
    static <N extends Enum<N> & PageNotice> N of(Class<N> type, String value) {
        String name = value == null ? "" : value.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(notice -> notice.name().equalsIgnoreCase(name))
                .findFirst()
                .orElse(null);
    }
}
