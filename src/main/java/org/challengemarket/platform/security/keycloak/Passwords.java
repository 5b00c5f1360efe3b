package org.challengemarket.platform.security.keycloak;

import java.security.SecureRandom;

/** Temporary passwords: read once by a person, changed at their first sign-in. */
final class Passwords {

    // no look-alike characters (0/O, 1/l/I): people type these
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    static String temporary() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
