package vn.diplomacy.aid;

/** What an agency answered. */
public enum AidOpinionVerdict {
    AGREED,
    AGREED_WITH_CONDITIONS,
    DISAGREED
}
