package vn.diplomacy.organization;

import java.time.LocalDate;

/**
 * The 2025 reform of local government as the demo data records it: 63 provinces became 34 (the merged provinces'
 * governments ended on 30/06/2025) and the district level was dissolved the same day, its duties passing to the
 * province and the new communes. Thừa Thiên Huế became the centrally-run city of Huế on 01/01/2025.
 */
public final class Reform2025 {
    /** The last day of the merged provinces and of every district. */
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

    private Reform2025() {}

    /** A district dissolved on 30/06/2025: its records roll into its province. */
    public static void dissolve(Organization district) {
        if (district.validTo == null && district.rootId != null) {
            district.validTo = LAST_DAY;
            district.successorId = district.rootId;
        }
    }

    /** A unit that ended on {@code lastDay}, merged into {@code successor} (which began the day after, if new). */
    static void merge(Organization ended, LocalDate lastDay, Organization successor, boolean successorIsNew) {
        if (ended.validTo == null) {
            ended.validTo = lastDay;
            ended.successorId = successor.id;
        }
        if (successorIsNew && successor.validFrom == null) {
            successor.validFrom = lastDay.plusDays(1);
        }
    }
}
