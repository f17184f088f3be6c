package vn.diplomacy.organization;

/** Kinds of organization, after the IATI organisation-type codelist (code in brackets in the docs). */
public enum OrganizationType {
    /** A province, district, commune or foreign locality's government (IATI 11). */
    LOCAL_GOVERNMENT,
    /** A ministry, department or other state agency (IATI 10). */
    GOVERNMENT_AGENCY,
    /** An embassy or consulate (IATI 10). */
    EMBASSY,
    /** A Party committee or board (IATI 15). */
    PARTY_ORGANIZATION,
    /** A friendship union or association, e.g. VUFO (IATI 22). */
    FRIENDSHIP_ASSOCIATION,
    /** An international NGO (IATI 21). */
    INTERNATIONAL_NGO,
    /** A national NGO (IATI 22). */
    NATIONAL_NGO,
    /** A UN agency or development bank (IATI 40). */
    MULTILATERAL,
    /** A foundation (IATI 60). */
    FOUNDATION,
    /** A company or business association (IATI 70). */
    PRIVATE_SECTOR,
    /** A university or research institute (IATI 80). */
    ACADEMIC,
    /** Anything else (IATI 90). */
    OTHER
}
