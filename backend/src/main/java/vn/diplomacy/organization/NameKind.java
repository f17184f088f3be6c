package vn.diplomacy.organization;

/** What another name of an organization is: how offices and partners write it besides the registry name. */
public enum NameKind {
    /** The name in another language, e.g. Vietnamese "Vân Nam" for Yunnan, "Khăm Muồn" for Khammouane. */
    EXONYM,
    /** The name in the local script (Lao, Chinese, Thai…). */
    LOCAL_SCRIPT,
    /** The English name. */
    ENGLISH,
    /** A name it had before (a merged or renamed unit). */
    FORMER,
    /** An abbreviation. */
    ABBREVIATION,
    OTHER
}
