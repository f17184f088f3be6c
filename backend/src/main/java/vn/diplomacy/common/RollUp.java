package vn.diplomacy.common;

import java.time.LocalDate;

/**
 * The {@code asOf} parameter of every report that groups by locality (province, beneficiary, organizer), declared
 * once: units that had ended by that day count in the units they were merged into (see {@link Localities}).
 */
public class RollUp {
    @Filter(
            description = "Count old administrative units in the units they were merged into by this day (the 2025"
                    + " reform: a dissolved district's communes, Quảng Bình in Quảng Trị); without it each record"
                    + " counts in the unit it names. Applies to groupBy/stackBy province, beneficiary, organizer",
            example = "2026-01-01")
    public LocalDate asOf;

    /** The units as of the day, or null when no day was asked. */
    public Localities localities(jakarta.persistence.EntityManager em, java.util.Collection<Long> ids) {
        return asOf == null ? null : Localities.asOf(em, asOf, ids);
    }
}
