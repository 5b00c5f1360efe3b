package org.challengemarket.organisation;

/** EU SME size classes (Recommendation 2003/361/EC). */
public enum CompanySize {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE
}
