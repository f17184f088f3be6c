package vn.diplomacy.stay;

/** Where a stay is: not begun, under way, finished as planned, or ended early (with a reason). */
public enum StayStatus {
    PLANNED,
    ACTIVE,
    COMPLETED,
    DISCONTINUED
}
