package vn.diplomacy.common;

public enum Gender {
    FEMALE,
    MALE,
    OTHER
}
