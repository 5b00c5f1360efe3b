package org.challengemarket.platform.web;

import jakarta.ws.rs.core.EntityTag;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;

/** Versions of mutable aggregates as strong ETags, and the If-Match rule for updates. */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header names; required (428), and must name one version (412). */
    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read, so that no one's change is lost");
        }
        return parse(ifMatch);
    }

    /** The version an optional If-Match header names, or null when it is absent or {@code *}. */
    public static Long optionalVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        return parse(ifMatch);
    }

    /** True when an If-None-Match header names this version (or *). */
    public static boolean matches(String ifNoneMatch, long version) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || unquote(t).equals(Long.toString(version))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an If-None-Match header names this opaque tag (or *), weakly or strongly: the weak
     * comparison RFC 9110 asks of If-None-Match.
     */
    public static boolean matchesWeakly(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String t : ifNoneMatch.split(",")) {
            String candidate = t.strip();
            if (candidate.equals("*") || unquote(candidate).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static long parse(String ifMatch) {
        try {
            return Long.parseLong(unquote(ifMatch.strip()));
        } catch (NumberFormatException e) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED, "If-Match does not name a current version of this resource");
        }
    }

    private static String unquote(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
