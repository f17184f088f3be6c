package vn.diplomacy.delegation;

/**
 * Who approved a delegation (Regulation 272-QĐ/TW, QĐ 67/2011): which of these an office accepts is a setting
 * ({@code app.delegation.approving-authorities}).
 */
public enum ApprovingAuthority {
    /** The provincial People's Committee (its chair or a vice-chair). */
    PEOPLES_COMMITTEE,
    /** The Standing Board of the provincial Party Committee. */
    PARTY_STANDING_BOARD,
    /** The head of the department or agency sending or receiving the delegation. */
    DEPARTMENT_HEAD,
    /** A central ministry or agency. */
    CENTRAL_AGENCY,
    OTHER
}
