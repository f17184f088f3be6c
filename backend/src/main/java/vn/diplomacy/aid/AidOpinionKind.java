package vn.diplomacy.aid;

/** Who gives an opinion on an aid dossier. */
public enum AidOpinionKind {
    /** VUFO or the province's union of friendship organizations: asked when the donor is a foreign NGO. */
    FRIENDSHIP_UNION,
    /** A provincial department (planning, finance, the sector's department). */
    DEPARTMENT,
    /** A ministry or central agency. */
    MINISTRY,
    /** The police, the army or border guards (security opinion). */
    SECURITY,
    OTHER
}
