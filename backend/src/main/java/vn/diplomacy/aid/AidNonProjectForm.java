package vn.diplomacy.aid;

/** What non-project aid consists of (Decree 80/2020, Decree 313/2025). */
public enum AidNonProjectForm {
    CASH,
    GOODS,
    /** Experts, volunteers included. */
    EXPERTS_VOLUNTEERS,
    SCHOLARSHIPS,
    /** Inputs for conferences, trainings and surveys. */
    CONFERENCE_TRAINING_INPUTS
}
