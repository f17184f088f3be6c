package vn.diplomacy.delegation;

public enum Gender {
    FEMALE, MALE, OTHER
}
