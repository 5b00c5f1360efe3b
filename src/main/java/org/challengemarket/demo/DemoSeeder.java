package org.challengemarket.demo;

/**
 * One part of the demo data, seeded once by {@link DemoRunner} in the order the runner lists, through
 * the services as the demo users would have used them, step by step in the order things happened.
 */
interface DemoSeeder {

    /** Seeds this part in the runner's transaction, acting as the demo users through {@code demo}. */
    void seed(DemoSession demo);
}
