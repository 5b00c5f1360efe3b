package org.challengemarket.demo;

/**
 * One part of the demo data, seeded once by {@link DemoRunner}, in the order of {@link #order()},
 * through the services as the demo users would have used them.
 */
public interface DemoSeeder {

    /** Lower runs first: a seeder finds what the seeders before it made. */
    int order();

    /** Seeds this part in the runner's transaction, acting as the demo users through {@code demo}. */
    void seed(DemoSession demo);
}
