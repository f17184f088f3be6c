package vn.diplomacy.common;

/** What an attached paper is. */
public enum AttachmentKind {
    SIGNED_AGREEMENT,
    DECISION,
    INVITATION,
    REPORT,
    CERTIFICATE,
    PHOTO,
    OTHER
}
