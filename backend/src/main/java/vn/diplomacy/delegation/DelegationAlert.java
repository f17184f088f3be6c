package vn.diplomacy.delegation;

/** What a delegation needs now: its report after return, or the record of its approval. */
public enum DelegationAlert {
    /** Approved, the report's due day has passed and it is not completed. */
    REPORT_OVERDUE,
    /** Approved, ended or ending, and the report is due within the next few days. */
    REPORT_DUE_SOON,
    /** Approved without a recorded decision number. */
    DECISION_MISSING,
    /** Outgoing, approved, and marked as outside the yearly external-affairs plan. */
    OUTSIDE_PLAN
}
