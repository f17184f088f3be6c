package vn.diplomacy.partnership;

public enum AgreementKind {
    MEMORANDUM_OF_UNDERSTANDING,
    COOPERATION_AGREEMENT,
    ANNUAL_PLAN,
    MEETING_MINUTES,
    OTHER
}
