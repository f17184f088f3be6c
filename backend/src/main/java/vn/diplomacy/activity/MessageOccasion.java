package vn.diplomacy.activity;

/** Why a congratulatory message is sent: New Year (also Bunpimay, Tết), a national day, an anniversary. */
public enum MessageOccasion {
    NEW_YEAR,
    NATIONAL_DAY,
    ANNIVERSARY,
    OTHER
}
