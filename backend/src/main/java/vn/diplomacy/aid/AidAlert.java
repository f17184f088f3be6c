package vn.diplomacy.aid;

/** What on an aid record needs the office's attention, derived from its dates and step on every read. */
public enum AidAlert {
    /** The appraisal is past its due date: 20 days after the dossier was complete. */
    APPRAISAL_OVERDUE,
    /** Approved more than 6 months ago and not started. */
    NOT_STARTED,
    /** Emergency relief not carried out within 3 months of its approval. */
    EMERGENCY_OVERDUE
}
