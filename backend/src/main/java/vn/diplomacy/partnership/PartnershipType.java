package vn.diplomacy.partnership;

public enum PartnershipType {
    SPECIAL_FRIENDSHIP,
    COMPREHENSIVE_COOPERATION,
    FRIENDSHIP,
    TWINNING,
    COOPERATION
}
