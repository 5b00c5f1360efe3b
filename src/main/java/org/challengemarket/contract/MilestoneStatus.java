package org.challengemarket.contract;

import java.util.EnumSet;
import java.util.Set;

/** Where a milestone stands, with the transitions each state allows. */
public enum MilestoneStatus {
    PLANNED,
    /** The company marked it delivered; the agency is to accept or reject it. */
    DELIVERED,
    /** Accepted by the agency: it can be invoiced. */
    ACCEPTED,
    /** Rejected with a reason; the company may deliver again. */
    REJECTED;

    public Set<MilestoneStatus> next() {
        return switch (this) {
            case PLANNED, REJECTED -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(ACCEPTED, REJECTED);
            case ACCEPTED -> EnumSet.noneOf(MilestoneStatus.class);
        };
    }

    public boolean canMoveTo(MilestoneStatus target) {
        return next().contains(target);
    }
}
