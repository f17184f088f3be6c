package vn.diplomacy.activity;

/** Who permits an international conference (QĐ 06/2020/QĐ-TTg): the application is due 40 or 30 days before. */
public enum ConferenceCompetence {
    PRIME_MINISTER,
    OTHER_AUTHORITY
}
