package vn.diplomacy.aid;

/** What an aid owner's report covers. */
public enum AidReportPeriod {
    /** The first half of a year (January–June); the second half is in the yearly report. */
    HALF_YEAR,
    YEAR,
    /** The whole aid, once completed. */
    FINAL,
    /** Asked for outside the schedule. */
    AD_HOC
}
