package vn.diplomacy.activity;

public enum ActivityStatus {
    PLANNED,
    HELD,
    CANCELLED
}
