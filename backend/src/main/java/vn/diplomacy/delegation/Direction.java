package vn.diplomacy.delegation;

public enum Direction {
    INCOMING,
    OUTGOING
}
