package vn.diplomacy.delegation;

/** Who pays for a delegation's trip or stay. */
public enum FundingSource {
    STATE_BUDGET,
    FOREIGN_SIDE,
    SPONSOR,
    MIXED
}
