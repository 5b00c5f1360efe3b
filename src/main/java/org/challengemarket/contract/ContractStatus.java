package org.challengemarket.contract;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of a pilot contract, with the transitions each state allows. */
public enum ContractStatus {
    /** Awarded; terms may still be set; waits for the standstill period to end. */
    PENDING,
    /** Signed after the standstill period; milestones are delivered and invoiced. */
    ACTIVE,
    COMPLETED,
    TERMINATED;

    public Set<ContractStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(ACTIVE, TERMINATED);
            case ACTIVE -> EnumSet.of(COMPLETED, TERMINATED);
            case COMPLETED, TERMINATED -> EnumSet.noneOf(ContractStatus.class);
        };
    }

    public boolean canMoveTo(ContractStatus target) {
        return next().contains(target);
    }
}
