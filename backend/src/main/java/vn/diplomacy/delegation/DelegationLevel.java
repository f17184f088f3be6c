package vn.diplomacy.delegation;

public enum DelegationLevel {
    CENTRAL,
    PROVINCIAL,
    DEPARTMENT,
    DISTRICT
}
