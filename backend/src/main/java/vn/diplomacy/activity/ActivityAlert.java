package vn.diplomacy.activity;

/** What needs attention on an activity now (ActivityRules). */
public enum ActivityAlert {
    /** A planned conference whose application is due (or past due) and not yet sent. */
    APPLICATION_OVERDUE,
    /** A conference held, or due to start, without a recorded permission. */
    PERMISSION_MISSING,
    /** A conference held whose result report is past due. */
    REPORT_OVERDUE
}
