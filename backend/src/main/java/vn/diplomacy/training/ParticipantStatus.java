package vn.diplomacy.training;

import java.util.Set;

public enum ParticipantStatus {
    REGISTERED,
    WAITLISTED,
    CANCELLED,
    COMPLETED;

    /** The statuses that hold a seat: a completed trainee kept theirs until the end. */
    public static final Set<ParticipantStatus> SEATED = Set.of(REGISTERED, COMPLETED);
}
