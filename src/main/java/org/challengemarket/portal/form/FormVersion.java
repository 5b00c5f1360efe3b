package org.challengemarket.portal.form;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The version of the stored thing a form was read at, sent back in its hidden {@code version}
 * field, so that a change someone else made meanwhile is never overwritten unseen.
 */
public final class FormVersion {

    private static final String FIELD = "version";

    private FormVersion() {}

    /** The version; a missing or unreadable one can only be stale. */
    public static long of(MultivaluedMap<String, String> body) {
        Long version = orNone(body);
        return version == null ? -1 : version;
    }

    /** The version, or none for a form of something new; an unreadable one can only be stale. */
    public static Long orNone(MultivaluedMap<String, String> body) {
        String text = body.getFirst(FIELD);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
