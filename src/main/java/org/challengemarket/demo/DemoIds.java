package org.challengemarket.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Fixed ids of the demo organisations and users, derived from their names, so that the Keycloak dev
 * overlay ({@code keycloak/dev/challenge-market-dev.json}) can give its demo users the same ids
 * (the token's {@code sub}) and {@code org_id}s as the demo data.
 */
public final class DemoIds {

    private DemoIds() {}

    public static UUID organisation(String name) {
        return uuid("challengemarket:demo:organisation:" + name);
    }

    public static UUID member(String username) {
        return uuid("challengemarket:demo:member:" + username);
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
