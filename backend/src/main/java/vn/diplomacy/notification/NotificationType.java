package vn.diplomacy.notification;

/** What a reminder is about; each is computed from the records, for the caller's scope, as of today. */
public enum NotificationType {
    /** A delegation back home whose report is due within the next few days. */
    DELEGATION_REPORT_DUE,
    /** A delegation whose report's due day has passed. */
    DELEGATION_REPORT_OVERDUE,
    /** A conference whose application, permission or result report is late. */
    CONFERENCE_OVERDUE,
    /** An agreement that expires within 60 days. */
    AGREEMENT_EXPIRING,
    /** A foreign NGO's registration certificate that ends within 60 days. */
    NGO_CERTIFICATE_EXPIRING,
    /** A training course that starts within 7 days. */
    COURSE_STARTING,
    /** An aid progress report past its due date. */
    AID_PROGRESS_REPORT_OVERDUE
}
