package vn.diplomacy.activity;

/** What the yearly reports count as people-to-people activities (Directive 12-CT/TW), and conferences (QĐ 06/2020). */
public enum ActivityKind {
    FRIENDSHIP_EXCHANGE,
    CULTURAL_SPORTS_EXCHANGE,
    COMMEMORATION,
    CONGRATULATORY_MESSAGE,
    BORDER_FESTIVAL,
    GIFT_DONATION,
    REPATRIATION_CEREMONY,
    TWINNING_REVIEW,
    FOREIGN_INFORMATION,
    MEETING,
    CONFERENCE,
    OTHER
}
