package vn.diplomacy.partnership;

import java.time.LocalDate;

/** Derived from the dates and the suspended flag on every read, so it is never stale. */
public enum PartnershipStatus {
    PLANNED,
    ACTIVE,
    SUSPENDED,
    ENDED;

    public static PartnershipStatus of(LocalDate start, LocalDate end, boolean suspended, LocalDate today) {
        if (end != null && end.isBefore(today)) {
            return ENDED;
        }
        if (suspended) {
            return SUSPENDED;
        }
        return start.isAfter(today) ? PLANNED : ACTIVE;
    }

    /** The same rule as a JPQL condition on alias-free Partnership fields, with a {@code :today} parameter. */
    public String condition() {
        return switch (this) {
            case ENDED -> "endDate < :today";
            case SUSPENDED -> "suspended = true and (endDate is null or endDate >= :today)";
            case PLANNED -> "suspended = false and startDate > :today";
            case ACTIVE -> "suspended = false and startDate <= :today and (endDate is null or endDate >= :today)";
        };
    }

    /** Orders PLANNED, ACTIVE, SUSPENDED, ENDED by the database's current date. */
    public static final String SORT_EXPRESSION = "case when endDate < current_date then 3 when suspended = true then 2"
            + " when startDate > current_date then 0 else 1 end";
}
